import dayjs from 'dayjs'

/**
 * Display formatting of absolute times. Times are epoch ms everywhere inside; they become text only
 * here, in the phone's own zone (the user's WeChat 账单 shows local time too). A time that is not a
 * date at all reads '时间不明', never "Invalid Date" (storage sets such records aside, but a
 * screen must never print the library's English error text).
 */
function format(ms: number, pattern: string): string {
  const d = dayjs(ms)
  return d.isValid() ? d.format(pattern) : '时间不明'
}

export function formatDateTime(ms: number): string {
  return format(ms, 'YYYY-MM-DD HH:mm')
}

export function formatDateTimeSeconds(ms: number): string {
  return format(ms, 'YYYY-MM-DD HH:mm:ss')
}

export function formatDate(ms: number): string {
  return format(ms, 'YYYY-MM-DD')
}

export function formatTime(ms: number): string {
  return format(ms, 'HH:mm')
}
