import { countdownTarget, deadlinePhase, type Deadline, type TransferCase } from '../../domain'
import { arrivalRangeText, deadlineCaption, deadlineClock } from '../../domain/timeline'
import { formatMoment } from '../../format/time'
import { ui } from '../../content/ui-case'

/**
 * The window to show first: the one whose countdown ends soonest among those not yet closed for
 * certain; the limitation period (years away, counted in days) only when nothing else runs.
 */
export function nearestRunning(deadlines: readonly Deadline[], now: number): Deadline | undefined {
  const open = deadlines
    .filter((d) => deadlinePhase(d, now) !== 'passed')
    .sort((a, b) => countdownTarget(a, now) - countdownTarget(b, now))
  return open.find((d) => d.kind !== 'limitation') || open[0]
}

export interface UrgentClock {
  deadline: Deadline
  /** "01:45:12" (or "约 900 天" for the limitation period). */
  clockText: string
  /** Words before the clock: "还剩", or for a range "最早还有" / "最晚还有". */
  caption: string
  /** Both ends of an uncertain arrival, else undefined. */
  range?: string
}

/** What the first screen's clock shows at `now`, or undefined when no window is open. */
export function urgentClock(
  transfer: TransferCase,
  deadlines: readonly Deadline[],
  now: number,
): UrgentClock | undefined {
  const deadline = nearestRunning(deadlines, now)
  if (!deadline) return undefined
  return {
    deadline,
    clockText: deadlineClock(transfer, deadline, now).text,
    caption:
      deadlineCaption(deadline, now) || (deadline.kind === 'limitation' ? '' : ui.shared.left),
    range: arrivalRangeText(deadline, (ms) => formatMoment(ms, now)),
  }
}
