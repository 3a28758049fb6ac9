import type { Assessment } from './assess'
import { formatRemaining, windowProgress } from './countdown'
import {
  countdownTarget,
  deadlinePhase,
  deadlinesFor,
  type Deadline,
  type DeadlineKind,
  type DeadlinePhase,
} from './deadlines'
import { HEDGE_TEXT, isHedged } from './sources'
import { delayStartsAt } from './stage'
import { DAY, HOUR, MINUTE } from './time'
import type { TransferCase } from './transfer-case'
import {
  arrivalRangeLine,
  calendarTexts,
  clockTexts,
  rangeCaptions,
  timelineLabels,
} from '../content/deadlines'
import { fill } from '../content/fill'

/*
 * The countdown page's arithmetic: when the assessment can change, how far each window has run,
 * where things sit on the case's timeline, and what a calendar reminder says. Pure: `now` is a
 * parameter, like everywhere in the rules module.
 */

// ---------------------------------------------------------------------------------------------
// When the assessment can change

/**
 * Every moment at which `assessTransfer(c, now)` can answer differently, earliest first. The
 * stage only changes at the auto-return moment (T1) and at the latest possible arrival (D2, T5),
 * and the advice at the earliest possible arrival (the money may have landed); all are ends of
 * deadlines, and everything else an assessment holds follows from the stage and from where `now`
 * stands against each deadline. 'arrived' is asked for because it is the stage with the most
 * deadlines (it adds the limitation period, L2); the times do not depend on the stage.
 */
export function assessmentBoundaries(c: TransferCase): number[] {
  const ends = deadlinesFor(c, 'arrived', Number.NEGATIVE_INFINITY).flatMap((d) => [d.at, d.latest])
  return Array.from(new Set(ends)).sort((a, b) => a - b)
}

/**
 * How many boundaries `now` has reached. Two moments with the same phase get the same
 * assessment, so a page recomputes it only when the phase changes, not on every tick.
 */
export function phaseAt(boundaries: readonly number[], now: number): number {
  let phase = 0
  while (phase < boundaries.length && now >= boundaries[phase]) phase++
  return phase
}

// ---------------------------------------------------------------------------------------------
// One deadline's live figures

/**
 * Progress widths move in steps of this many percent. A bar is about 330 px wide on a phone, so
 * 0.25 % is under one pixel: finer steps only cost setData traffic (a 30-minute window would
 * otherwise send a new width almost every second).
 */
export const PROGRESS_STEP = 0.25

/** A percentage clamped to 0..100 and rounded to `step`. */
export function roundPct(pct: number, step = PROGRESS_STEP): number {
  if (!Number.isFinite(pct)) return 0
  const clamped = Math.min(100, Math.max(0, pct))
  // Rounding through 1/step keeps the result a short decimal (12.25, not 12.250000000001).
  return Math.round(clamped / step) / Math.round(1 / step)
}

/** When the window a deadline closes was opened: acceptance for a delayed chat transfer (D2), the
 * transfer itself for everything else (T1, T5, C8, L2). */
export function windowStartOf(c: TransferCase, d: Pick<Deadline, 'kind'>): number {
  return d.kind === 'arrival' ? delayStartsAt(c) : c.sentAt
}

export interface DeadlineClock {
  /** What the countdown shows: '23:59:58', '1天 02:03:04', '约 1095 天' or '已过'. */
  text: string
  /** How far the window has run, 0..100 in PROGRESS_STEP steps. */
  progressPct: number
  /** now >= latest: closed for certain. */
  passed: boolean
}

/**
 * The figures a deadline shows at `now`. An exact moment counts down to it. A range counts down to
 * its earliest moment, then (the thing may have happened) to its latest: see deadlineCaption for
 * the words that say which. The limitation period is an estimate years away: it counts whole days
 * ('约 1095 天'), never seconds.
 */
export function deadlineClock(c: TransferCase, d: Deadline, now: number): DeadlineClock {
  const phase = deadlinePhase(d, now)
  if (phase === 'passed') return { text: clockTexts.passed, progressPct: 100, passed: true }
  // Past the 3-year estimate the period may be over (L2): no countdown to the 20-year cap, which
  // would tell someone who knew the recipient all along that they still have years.
  if (d.kind === 'limitation' && phase === 'maybe') {
    return { text: clockTexts.maybeOver, progressPct: 100, passed: false }
  }
  const from = phase === 'maybe' ? d.at : windowStartOf(c, d)
  const to = countdownTarget(d, now)
  const progressPct = roundPct(windowProgress(from, to, now) * 100)
  // A phone clock behind the window's start must never count more than the whole window.
  const left = Math.min(to - now, to - from)
  const text =
    d.kind === 'limitation'
      ? fill(clockTexts.aboutDays, { days: Math.ceil(left / DAY) })
      : formatRemaining(left)
  return { text, progressPct, passed: false }
}

/** Words over the countdown of a range, by phase. */
const RANGE_CAPTION: Readonly<
  Record<DeadlineKind, Readonly<Record<Exclude<DeadlinePhase, 'passed'>, string>>>
> = rangeCaptions

/**
 * What a range's countdown is running to, in words ('距最早到账还剩', then '可能已到账，距最晚到账
 * 还剩'); '' for an exact moment and once the range has passed.
 */
export function deadlineCaption(d: Deadline, now: number): string {
  const phase = deadlinePhase(d, now)
  if (phase === 'passed' || d.latest <= d.at) return ''
  return RANGE_CAPTION[d.kind][phase]
}

/**
 * Both ends of an uncertain arrival in one line ('最早 14:05 到账，最晚 明天 14:05'), with the
 * times formatted by the caller (the rules module never formats a time). Undefined for an exact
 * deadline and for any kind but arrival.
 */
export function arrivalRangeText(
  d: Pick<Deadline, 'kind' | 'at' | 'latest'>,
  format: (ms: number) => string,
): string | undefined {
  if (d.kind !== 'arrival' || d.latest <= d.at) return undefined
  return fill(arrivalRangeLine, { at: format(d.at), latest: format(d.latest) })
}

// ---------------------------------------------------------------------------------------------
// The case's timeline

export type TimelinePointKind = 'sent' | 'accepted' | DeadlineKind

export interface TimelinePoint {
  kind: TimelinePointKind
  /** Short: it sits under a dot on a narrow screen. */
  label: string
  at: number
  /** Position on the bar, 0..100. */
  pct: number
  /** For a range (an arrival whose acceptance time is unknown): its latest moment and position.
   * The picture draws a band from `pct` to `endPct` instead of a single dot. */
  endAt?: number
  endPct?: number
  passed: boolean
  /** Labels alternate above and below the bar in time order, so neighbours never share a side. */
  side: 'above' | 'below'
}

/** A deadline too far away to draw to scale (the limitation period), listed after the bar. */
export interface OffScalePoint {
  kind: DeadlineKind
  label: string
  at: number
  approximate: boolean
}

export interface Timeline {
  start: number
  end: number
  /** end - start, ms; never 0 (a bar needs a length). */
  span: number
  points: TimelinePoint[]
  /** Where "现在" sits, 0..100. */
  nowPct: number
  /** True when now lies past the last point (the marker then rests at the right end). */
  nowBeyond: boolean
  beyond: OffScalePoint[]
}

/**
 * The longest stretch drawn to scale. Every transfer rule lands within two days of sending (24 h
 * auto-return, acceptance within 24 h plus a 24 h delay); the 3-year limitation period would
 * squash all of them into one dot, so it is listed beside the bar instead.
 */
export const TIMELINE_MAX_SPAN = 7 * DAY

/** The shortest bar: a transfer whose only point is the 30-minute emergency window still gets a
 * readable scale. */
const TIMELINE_MIN_SPAN = 30 * MINUTE

const POINT_LABEL: Readonly<Record<DeadlineKind, string>> = timelineLabels.points

const KIND_ORDER: readonly TimelinePointKind[] = [
  'sent',
  'accepted',
  'emergency-stop',
  'arrival',
  'auto-return',
  'limitation',
]

/** The dot of a deadline: the arrival of a returned transfer was only planned, and an unknown
 * acceptance time makes the arrival a band. */
function pointLabel(c: TransferCase, kind: DeadlineKind, range: boolean): string {
  if (kind !== 'arrival') return POINT_LABEL[kind]
  if (c.recipient === 'returned') return timelineLabels.arrival.returned
  return range ? timelineLabels.arrival.range : POINT_LABEL.arrival
}

/**
 * The case's life as points on a bar from 转出 to the last deadline within TIMELINE_MAX_SPAN:
 * 对方收款 (when known), the 30-minute emergency window, 到账 and the 24 h auto-return, to scale,
 * with where "现在" is. Points come from the assessment's deadlines, so the picture and the
 * countdowns can never disagree.
 */
export function timelineFor(c: TransferCase, a: Assessment, now: number): Timeline {
  const instant = c.arrival === 'instant'
  // A phone-number transfer with 实时到账 lands the moment it is sent (T5).
  const landsAtSending = c.method === 'phone' && instant && c.recipient !== 'returned'
  const drafts: Omit<TimelinePoint, 'pct' | 'endPct' | 'side'>[] = [
    {
      kind: 'sent',
      label: timelineLabels.sent[landsAtSending ? 'instant' : 'plain'],
      at: c.sentAt,
      passed: true,
    },
  ]
  if (c.method === 'chat' && c.recipient === 'accepted' && c.acceptedAt !== undefined) {
    // The user says it happened, so it is passed even if the time is a few minutes ahead (skew).
    drafts.push({
      kind: 'accepted',
      label: timelineLabels.accepted[instant ? 'instant' : 'plain'],
      at: c.acceptedAt,
      passed: true,
    })
  }
  const beyond: OffScalePoint[] = []
  for (const d of a.deadlines) {
    // The limitation period is judged by its estimate (3 years), never drawn to scale.
    if (d.at - c.sentAt > TIMELINE_MAX_SPAN) {
      beyond.push({
        kind: d.kind,
        label: POINT_LABEL[d.kind],
        at: d.at,
        approximate: d.approximate,
      })
      continue
    }
    const range = d.latest > d.at
    const label = pointLabel(c, d.kind, range)
    const point: Omit<TimelinePoint, 'pct' | 'endPct' | 'side'> = {
      kind: d.kind,
      label,
      at: d.at,
      passed: now >= d.latest,
    }
    if (range) point.endAt = d.latest
    drafts.push(point)
  }
  drafts.sort((x, y) => x.at - y.at || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind))

  const start = c.sentAt
  const last = Math.max(...drafts.map((p) => p.endAt ?? p.at))
  const end = Math.max(last, start + TIMELINE_MIN_SPAN)
  const span = end - start
  const pctOf = (at: number) => roundPct(((at - start) / span) * 100, 0.1)
  const points = drafts.map((p, i): TimelinePoint => {
    const point: TimelinePoint = { ...p, pct: pctOf(p.at), side: i % 2 === 0 ? 'above' : 'below' }
    if (p.endAt !== undefined) point.endPct = pctOf(p.endAt)
    return point
  })
  return {
    start,
    end,
    span,
    points,
    nowPct: timelinePosition({ start, span }, now),
    nowBeyond: now > end,
    beyond,
  }
}

/**
 * Where a moment sits on a timeline, 0..100, in PROGRESS_STEP steps so the "现在" marker moves
 * only when it would move on screen.
 */
export function timelinePosition(t: Pick<Timeline, 'start' | 'span'>, at: number): number {
  return roundPct(((at - t.start) / t.span) * 100)
}

// ---------------------------------------------------------------------------------------------
// Calendar reminders (FACTS M4: the only server-free reminder a mini-program has)

export interface CalendarEntry {
  /** Lands in the phone's system calendar: never the amount, a name or an ID. */
  title: string
  description: string
  /** Epoch ms of the deadline. */
  at: number
  /** How long before `at` the alarm rings, in SECONDS (what wx.addPhoneCalendar takes). */
  alarmOffsetSec: number
}

/** The deadlines a calendar reminder is offered for (see calendarTexts.titles). */
export type CalendarKind = keyof typeof calendarTexts.titles

/**
 * Whether a deadline gets a calendar reminder: not the 30-minute police window (C8), whose card
 * offers the 110 call itself (a reminder at its end would invite waiting), and not once passed.
 */
export function offersCalendar(d: Pick<Deadline, 'kind' | 'passed'>): boolean {
  return !d.passed && d.kind in calendarTexts.titles
}

/** Whether a deadline's card offers the 110 call: the 30-minute police window (C8). */
export function offersCall(d: Pick<Deadline, 'kind' | 'passed'>): boolean {
  return !d.passed && d.kind === 'emergency-stop'
}

/**
 * How early the alarm rings, by the length of the window it closes:
 * - the 30-minute emergency window (C8): 5 minutes before — a longer lead would ring at once;
 * - windows of 2 hours or more (2 h / 24 h delay, 24 h auto-return): 30 minutes before, enough to
 *   file the in-app complaint before the money lands (D3);
 * - the ~3-year limitation period (L2): 30 days before, time to prepare a suit.
 * A lead longer than the time left would put the alarm in the past, where it never rings, so it
 * shrinks to what is left (at least one minute before the deadline, else at the deadline).
 */
export function alarmOffsetFor(windowMs: number, remainingMs: number): number {
  const wanted = windowMs >= 365 * DAY ? 30 * DAY : windowMs >= 2 * HOUR ? 30 * MINUTE : 5 * MINUTE
  const lead = Math.min(wanted, remainingMs - MINUTE)
  return lead > 0 ? Math.floor(lead / 1000) : 0
}

/**
 * What the phone's calendar gets for a deadline that has not passed (undefined for one that gets
 * no reminder, see offersCalendar). A range is entered at its earliest moment: that is when the
 * user must have acted.
 */
export function calendarEntryFor(
  c: TransferCase,
  d: Deadline,
  now: number,
): CalendarEntry | undefined {
  if (!(d.kind in calendarTexts.titles)) return undefined
  const hedge = isHedged(d.sourceIds) ? fill(calendarTexts.hedgeGap, { hedge: HEDGE_TEXT }) : ''
  // Past the earliest moment, the latest is what is left to remind of.
  const target = countdownTarget(d, now)
  let range = ''
  if (d.latest > d.at && d.kind === 'arrival') {
    range = target === d.at ? calendarTexts.earliest : calendarTexts.latest
  }
  const from = target === d.at ? windowStartOf(c, d) : d.at
  return {
    title: calendarTexts.titles[d.kind as CalendarKind],
    description: fill(calendarTexts.description, {
      label: d.label,
      range,
      atZero: d.atZero,
      hedge,
    }),
    at: target,
    alarmOffsetSec: alarmOffsetFor(target - from, target - now),
  }
}
