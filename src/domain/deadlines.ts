import type { SourceId } from './sources'
import { AUTO_RETURN_AFTER, arrivalWindow, type ArrivalWindow, type Stage } from './stage'
import { MINUTE, addCalendarYears } from './time'
import { crimePossible, type TransferCase } from './transfer-case'
import { deadlineTexts } from '../content/deadlines'

export type DeadlineKind = 'auto-return' | 'arrival' | 'emergency-stop' | 'limitation'

/**
 * A moment that changes what the user can do. When the user did not state the times it rests on,
 * it is a range: `at` is the earliest possible moment (the UI urges action by it and counts down
 * to it first) and `latest` the latest (only then is the window treated as closed).
 */
export interface Deadline {
  kind: DeadlineKind
  /** Epoch ms: the earliest possible moment. */
  at: number
  /** Epoch ms: the latest possible moment; equal to `at` when the moment is exact. */
  latest: number
  /** now >= latest: the window is closed for certain (for an exact moment, now >= at). */
  passed: boolean
  /** What the countdown is for. */
  label: string
  /** What happens when the countdown reaches zero. */
  atZero: string
  /** True exactly when the moment is a range (latest > at): an unknown acceptance time or arrival
   * setting, or the limitation period, whose start depends on when the user learnt who is liable. */
  approximate: boolean
  sourceIds: SourceId[]
}

/** Police say the first 30 minutes after the transfer matter most for 紧急止付 (C8). */
export const EMERGENCY_STOP_WINDOW = 30 * MINUTE

/** 民法典 第188条: three years (L2). */
export const LIMITATION_YEARS = 3

/** 民法典 第188条: never more than twenty years from the damage (L2). */
export const LIMITATION_CAP_YEARS = 20

/** Equal times keep this order, so the list is the same on every run. */
const KIND_ORDER: readonly DeadlineKind[] = [
  'emergency-stop',
  'arrival',
  'auto-return',
  'limitation',
]

type Draft = Omit<Deadline, 'passed'>

function autoReturn(c: TransferCase): Draft {
  const at = c.sentAt + AUTO_RETURN_AFTER
  const t = deadlineTexts['auto-return']
  return {
    kind: 'auto-return',
    at,
    latest: at,
    label: t.label,
    atZero: t.atZero,
    approximate: false,
    sourceIds: [...t.sourceIds],
  }
}

/** What the arrival's countdown says at zero: nothing is coming once the money was given back. */
function arrivalAtZero(c: TransferCase, range: boolean) {
  if (c.recipient === 'returned') return 'returned'
  return range ? 'range' : 'exact'
}

/** Which end of the arrival is unknown: the setting (D1), the acceptance time (D2), or none. */
function arrivalLabel(c: TransferCase, range: boolean) {
  if (!range) return 'exact'
  return c.arrival === 'unknown' ? 'setting' : 'range'
}

function arrival(c: TransferCase, window: ArrivalWindow): Draft {
  const range = window.latest > window.at
  const t = deadlineTexts.arrival
  return {
    kind: 'arrival',
    at: window.at,
    latest: window.latest,
    label: t.label[arrivalLabel(c, range)],
    atZero: t.atZero[arrivalAtZero(c, range)],
    approximate: range,
    // Only chat and phone-number transfers have an arrival window (see arrivalWindow).
    sourceIds: [...t.sourceIds[c.method === 'phone' ? 'phone' : 'chat']],
  }
}

function emergencyStop(c: TransferCase): Draft {
  const at = c.sentAt + EMERGENCY_STOP_WINDOW
  const t = deadlineTexts['emergency-stop']
  return {
    kind: 'emergency-stop',
    at,
    latest: at,
    label: t.label,
    atZero: t.atZero,
    approximate: false,
    sourceIds: [...t.sourceIds],
  }
}

function limitation(c: TransferCase): Draft {
  const t = deadlineTexts.limitation
  return {
    kind: 'limitation',
    // Counted from the transfer as an estimate: the law counts from when the payer knew of the
    // loss and who is liable (L2), which can be later, never earlier, than the transfer.
    at: addCalendarYears(c.sentAt, LIMITATION_YEARS),
    // However late the payer learns who is liable, the period ends within 20 years (L2).
    latest: addCalendarYears(c.sentAt, LIMITATION_CAP_YEARS),
    label: t.label,
    atZero: t.atZero,
    approximate: true,
    sourceIds: [...t.sourceIds],
  }
}

/** The deadlines that apply to a case at `now`, earliest first. */
export function deadlinesFor(c: TransferCase, stage: Stage, now: number): Deadline[] {
  const drafts: Draft[] = []
  if (c.method === 'chat' && c.recipient === 'pending') drafts.push(autoReturn(c))
  const window = arrivalWindow(c)
  if (window !== undefined) drafts.push(arrival(c, window))
  // Whenever a crime is possible, whatever the method: the police window runs from sending (C8).
  if (crimePossible(c.cause)) drafts.push(emergencyStop(c))
  if (stage === 'arrived') drafts.push(limitation(c))
  return drafts
    .sort((a, b) => a.at - b.at || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .map((d) => ({ ...d, passed: now >= d.latest }))
}

/**
 * Where `now` stands against a deadline: before its earliest moment, between the earliest and the
 * latest (it may have happened: the countdown then runs to the latest), or past the latest.
 */
export type DeadlinePhase = 'before' | 'maybe' | 'passed'

export function deadlinePhase(d: Pick<Deadline, 'at' | 'latest'>, now: number): DeadlinePhase {
  if (now >= d.latest) return 'passed'
  return now >= d.at ? 'maybe' : 'before'
}

/** The moment a countdown runs to at `now`: the earliest until it has come, then the latest. */
export function countdownTarget(d: Pick<Deadline, 'at' | 'latest'>, now: number): number {
  return now < d.at ? d.at : d.latest
}
