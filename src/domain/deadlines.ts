import type { SourceId } from './sources'
import { AUTO_RETURN_AFTER, arrivalWindow, type ArrivalWindow, type Stage } from './stage'
import { MINUTE, addCalendarYears } from './time'
import type { TransferCase } from './transfer-case'
import { delayedArrivalName as DELAYED_ARRIVAL } from '../content/labels'

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
  /** True exactly when the moment is a range (latest > at): an unknown acceptance time, or the
   * limitation period, whose start depends on when the user learnt who is liable. */
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
  return {
    kind: 'auto-return',
    at,
    latest: at,
    label: '对方不收款时自动退回',
    atZero:
      '对方一直没有收款的话，这笔钱应该会自动退回（零钱支付的立即回到零钱，银行卡支付的 0-3 个工作日内回到原卡）。请在零钱或账单里确认钱已经回来。',
    approximate: false,
    sourceIds: ['T1'],
  }
}

function arrival(c: TransferCase, window: ArrivalWindow): Draft {
  const returned = c.recipient === 'returned'
  const range = window.latest > window.at
  return {
    kind: 'arrival',
    at: window.at,
    latest: window.latest,
    label: range ? `${DELAYED_ARRIVAL}（对方收款时间不确定）` : DELAYED_ARRIVAL,
    atZero: returned
      ? '对方已退还这笔钱，这个到账时间只作记录。'
      : range
        ? '最早到账时间一过，钱可能已经进了对方零钱；到最晚到账时间之前，也可能还在延时中。看账单里这笔转账：还显示“待入账”，就马上投诉。最晚到账时间过后，只能请对方退还，或者报警、起诉。'
        : '钱会进入对方零钱。到账前可以在账单里对这笔转账投诉；到账后只能请对方退还，或者报警、起诉。',
    approximate: range,
    // Chat: the delay starts at acceptance (D2). Phone: no accept step, it starts at sending (T5).
    sourceIds: c.method === 'chat' ? ['D1', 'D2', 'D3'] : ['D1', 'T5', 'D3'],
  }
}

function emergencyStop(c: TransferCase): Draft {
  const at = c.sentAt + EMERGENCY_STOP_WINDOW
  return {
    kind: 'emergency-stop',
    at,
    latest: at,
    label: '报警紧急止付的关键 30 分钟',
    atZero: '30 分钟过后仍然要报警，越早报警越好。',
    approximate: false,
    sourceIds: ['C8'],
  }
}

function limitation(c: TransferCase): Draft {
  return {
    kind: 'limitation',
    // Counted from the transfer as an estimate: the law counts from when the payer knew of the
    // loss and who is liable (L2), which can be later, never earlier, than the transfer.
    at: addCalendarYears(c.sentAt, LIMITATION_YEARS),
    // However late the payer learns who is liable, the period ends within 20 years (L2).
    latest: addCalendarYears(c.sentAt, LIMITATION_CAP_YEARS),
    label: '起诉的诉讼时效（约 3 年，估算）',
    atZero:
      '约 3 年的诉讼时效到期，请在此之前起诉。时效从你知道或应当知道损失和对方是谁时起算，实际日期可能晚于这里。',
    approximate: true,
    sourceIds: ['L2'],
  }
}

/** The deadlines that apply to a case at `now`, earliest first. */
export function deadlinesFor(c: TransferCase, stage: Stage, now: number): Deadline[] {
  const drafts: Draft[] = []
  if (c.method === 'chat' && c.recipient === 'pending') drafts.push(autoReturn(c))
  const window = arrivalWindow(c)
  if (window !== undefined) drafts.push(arrival(c, window))
  if (c.cause === 'fraud' || c.cause === 'account-stolen') drafts.push(emergencyStop(c))
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
