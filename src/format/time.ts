import dayjs from 'dayjs'
import { fill } from '../content/fill'
import { timeWords } from '../content/formats'

/**
 * Display formatting of absolute times. Times are epoch ms everywhere inside; they become text only
 * here, in the phone's own zone (the user's WeChat 账单 shows local time too). A time that is not a
 * date at all reads '时间不明', never "Invalid Date" (storage sets such records aside, but a
 * screen must never print the library's English error text).
 */
/** What a time that is not a date reads as. */
export const UNKNOWN_TIME = timeWords.unknown

function format(ms: number, pattern: string): string {
  const d = dayjs(ms)
  return d.isValid() ? d.format(pattern) : UNKNOWN_TIME
}

export function formatDateTime(ms: number): string {
  return format(ms, 'YYYY-MM-DD HH:mm')
}

export function formatDate(ms: number): string {
  return format(ms, 'YYYY-MM-DD')
}

export function formatTime(ms: number): string {
  return format(ms, 'HH:mm')
}

/**
 * A moment as a person says it relative to `now`: '14:05' today, '明天 14:05', '昨天 14:05',
 * otherwise '6月2日 14:05'. For the two ends of an uncertain deadline.
 */
export function formatMoment(ms: number, now: number): string {
  const at = dayjs(ms)
  const today = dayjs(now).startOf('day')
  const days = at.startOf('day').diff(today, 'day')
  const clock = at.format('HH:mm')
  if (days === 0) return clock
  if (days === 1) return fill(timeWords.tomorrow, { clock })
  if (days === -1) return fill(timeWords.yesterday, { clock })
  return formatShortDateTime(ms)
}

/** '6月2日 14:05' in the phone's zone: short enough for a chip, a timeline point or a message. */
export function formatShortDateTime(ms: number): string {
  return format(ms, timeWords.shortDateTime)
}

/** Epoch ms of the start of the local day `ms` falls on. */
export function startOfDay(ms: number): number {
  return dayjs(ms).startOf('day').valueOf()
}
