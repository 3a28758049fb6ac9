import { DAY, HOUR, MINUTE } from './time'
import { clockTexts } from '../content/deadlines'
import { fill } from '../content/fill'

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A remaining time as the user reads it on a countdown: 时:分:秒, with whole days in front when
 * there are any ('1天 02:03:04'). Zero or less reads '00:00:00'. Pure: no clock, no zone.
 */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000)) * 1000
  const days = Math.floor(total / DAY)
  const hours = Math.floor((total % DAY) / HOUR)
  const minutes = Math.floor((total % HOUR) / MINUTE)
  const seconds = Math.floor((total % MINUTE) / 1000)
  const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`
  return days > 0 ? fill(clockTexts.withDays, { days, clock }) : clock
}

/** How far through a window from `from` to `to` the clock is, 0..1 (for progress bars). */
export function windowProgress(from: number, to: number, now: number): number {
  if (to <= from) return 1
  return Math.min(1, Math.max(0, (now - from) / (to - from)))
}
