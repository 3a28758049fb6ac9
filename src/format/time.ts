import dayjs from 'dayjs'

/**
 * Display formatting of absolute times. Times are epoch ms everywhere inside; they become text only
 * here, in the phone's own zone (the user's WeChat 账单 shows local time too).
 */
export function formatDateTime(ms: number): string {
  return dayjs(ms).format('YYYY-MM-DD HH:mm')
}

export function formatDateTimeSeconds(ms: number): string {
  return dayjs(ms).format('YYYY-MM-DD HH:mm:ss')
}

export function formatDate(ms: number): string {
  return dayjs(ms).format('YYYY-MM-DD')
}

export function formatTime(ms: number): string {
  return dayjs(ms).format('HH:mm')
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
  if (days === 1) return `明天 ${clock}`
  if (days === -1) return `昨天 ${clock}`
  return formatShortDateTime(ms)
}

/** '6月2日 14:05' in the phone's zone: short enough for a chip, a timeline point or a message. */
export function formatShortDateTime(ms: number): string {
  return dayjs(ms).format('M月D日 HH:mm')
}

/** Epoch ms of the start of the local day `ms` falls on. */
export function startOfDay(ms: number): number {
  return dayjs(ms).startOf('day').valueOf()
}
