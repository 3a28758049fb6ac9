export const MINUTE = 60 * 1000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** How far ahead of the phone's clock a user-entered time may be (clock skew between devices). */
export const CLOCK_SKEW = 5 * MINUTE

/**
 * The earliest moment a stored or entered time can be: 2013-01-01 00:00 Beijing time. WeChat Pay
 * opened in August 2013 (微信 5.0) and chat transfers came after it, so no WeChat transfer, and no
 * record of one, can be older; a floor a few months early stays safe whatever the exact launch
 * day. A time before it is damaged data (or a phone clock reset to 1970), never a real transfer.
 */
export const EARLIEST_PLAUSIBLE_TIME = Date.UTC(2012, 11, 31, 16)

/**
 * The latest moment a stored time can be, whatever the phone's clock says: 2100-01-01 Beijing
 * time. Times between now and this are kept, because the phone's clock may be the thing that is
 * wrong (set back, or reset after a flat battery) and the pages then say so; times beyond it are
 * damaged data, and far enough out they cannot even be shown as a date ("Invalid Date").
 */
export const LATEST_PLAUSIBLE_TIME = Date.UTC(2099, 11, 31, 16)

// Messages quote the years of these two bounds (src/content/messages.ts); the content tests check
// that they agree.
export const isPlausibleTime = (ms: unknown): ms is number =>
  typeof ms === 'number' && ms >= EARLIEST_PLAUSIBLE_TIME && ms <= LATEST_PLAUSIBLE_TIME

/**
 * True when the phone's clock is more than the allowed skew before a moment the app knows has
 * already happened (the transfer, its acceptance, or when the record was saved): the clock is
 * wrong, and a countdown counted from it would show more than its whole window.
 */
export function clockBehind(knownPast: readonly (number | undefined)[], now: number): boolean {
  return knownPast.some((t) => t !== undefined && now + CLOCK_SKEW < t)
}

/**
 * Beijing time is UTC+8 all year (China has kept no daylight saving time since 1991), so a fixed
 * offset gives the Chinese calendar date of any moment whatever zone the phone or the test machine
 * is set to.
 */
export const CHINA_UTC_OFFSET = 8 * HOUR

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/**
 * The same wall-clock moment `years` calendar years later, in Beijing time. 29 February falls back
 * to 28 February in a year that has none (the usual reading of a period counted in years).
 * Never reads the clock; `at` outside the Date range falls back to 365.25-day years.
 */
export function addCalendarYears(at: number, years: number): number {
  const local = new Date(at + CHINA_UTC_OFFSET)
  if (Number.isNaN(local.getTime())) return at + years * 365.25 * DAY
  const year = local.getUTCFullYear() + years
  const month = local.getUTCMonth()
  const day =
    month === 1 && local.getUTCDate() === 29 && !isLeapYear(year) ? 28 : local.getUTCDate()
  const shifted = new Date(local.getTime())
  shifted.setUTCFullYear(year, month, day)
  const out = shifted.getTime() - CHINA_UTC_OFFSET
  return Number.isNaN(out) ? at + years * 365.25 * DAY : out
}
