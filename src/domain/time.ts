export const MINUTE = 60 * 1000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** How far ahead of the phone's clock a user-entered time may be (clock skew between devices). */
export const CLOCK_SKEW = 5 * MINUTE

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
