import { assessTransfer, CLOCK_SKEW, DAY, HOUR, MINUTE, formatRemaining } from '..'
import { deadlineClock, windowStartOf } from '../timeline'
import { clockBehind, EARLIEST_PLAUSIBLE_TIME } from '../time'
import { parseTransferCase } from '../transfer-case'
import { NOW, makeCase, spreadOfCases } from './cases'

describe('a phone clock before the transfer', () => {
  test('no countdown shows more than its whole window, however far back the clock is', () => {
    for (const { c } of spreadOfCases([HOUR, 3 * HOUR])) {
      const deadlines = assessTransfer(c, c.sentAt).deadlines
      for (const d of deadlines) {
        const whole = d.at - windowStartOf(c, d)
        for (const behind of [1000, CLOCK_SKEW, DAY - 5 * MINUTE, 56 * 365 * DAY]) {
          const now = c.sentAt - behind
          const clock = deadlineClock(c, d, now)
          // The limitation period counts whole days; every other window (a range counts to its
          // earliest end first) counts hours, minutes and seconds.
          if (d.kind === 'limitation') {
            expect(clock.text).toBe(`约 ${Math.ceil(whole / DAY)} 天`)
          } else {
            expect(clock.text).toBe(formatRemaining(whole))
          }
        }
      }
    }
  })

  test('the 30-minute window reads 00:30:00 at most, not "1天 00:24:57"', () => {
    const c = makeCase({ cause: 'fraud' })
    const stop = assessTransfer(c, c.sentAt).deadlines.find((d) => d.kind === 'emergency-stop')!
    expect(deadlineClock(c, stop, c.sentAt - DAY + 5 * MINUTE + 3000).text).toBe('00:30:00')
    expect(deadlineClock(c, stop, c.sentAt + 10 * MINUTE).text).toBe('00:20:00')
  })

  test('clockBehind: only more than the allowed skew before a known moment', () => {
    expect(clockBehind([NOW], NOW)).toBe(false)
    expect(clockBehind([NOW], NOW - CLOCK_SKEW)).toBe(false)
    expect(clockBehind([NOW], NOW - CLOCK_SKEW - 1)).toBe(true)
    expect(clockBehind([NOW - HOUR, undefined, NOW + HOUR], NOW)).toBe(true)
    expect(clockBehind([undefined], 0)).toBe(false)
  })
})

describe('times before WeChat Pay existed', () => {
  test('a transfer before 2013 is refused with a message naming the year', () => {
    const result = parseTransferCase(makeCase({ sentAt: EARLIEST_PLAUSIBLE_TIME - 1 }), NOW)
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'sentAt', message: expect.stringMatching(/2013/) }],
    })
    expect(parseTransferCase(makeCase({ sentAt: 0 }), NOW).ok).toBe(false)
    expect(parseTransferCase(makeCase({ sentAt: EARLIEST_PLAUSIBLE_TIME }), NOW).ok).toBe(true)
  })
})
