/**
 * How times read on screen (src/format/time.ts). Patterns are dayjs format strings: YYYY, M, D,
 * HH and mm stand for the year, month, day, hour and minute; everything else is shown as written.
 */
export const timeWords = {
  /** A time that is not a date at all (never the library's "Invalid Date"). */
  unknown: '时间不明',
  /** A moment on the day after or before today; {clock} is its 'HH:mm'. */
  tomorrow: '明天 {clock}',
  yesterday: '昨天 {clock}',
  /** Any other day: '6月2日 14:05'. */
  shortDateTime: 'M月D日 HH:mm',
} as const
