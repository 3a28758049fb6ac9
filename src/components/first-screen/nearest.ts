import type { Deadline } from '../../domain'

/**
 * The window to show first: the earliest one not yet passed that runs on a clock; an estimate
 * (the limitation period, years away) only when nothing closer is running.
 */
export function nearestRunning(deadlines: readonly Deadline[], now: number): Deadline | undefined {
  const open = deadlines.filter((d) => d.at > now)
  return open.find((d) => !d.approximate) || open[0]
}
