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
