import fc from 'fast-check'
import { DAY, HOUR, MINUTE, formatRemaining, windowProgress } from '..'

describe('formatRemaining', () => {
  test.each([
    [0, '00:00:00'],
    [999, '00:00:00'],
    [1000, '00:00:01'],
    [59 * 1000, '00:00:59'],
    [MINUTE, '00:01:00'],
    [HOUR - 1000, '00:59:59'],
    [2 * HOUR, '02:00:00'],
    [DAY - 1000, '23:59:59'],
    [DAY, '1天 00:00:00'],
    [DAY + 2 * HOUR + 3 * MINUTE + 4000, '1天 02:03:04'],
    [3 * DAY + 1500, '3天 00:00:01'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text)
  })

  test('zero or less reads 00:00:00, never a negative time', () => {
    expect(formatRemaining(-1)).toBe('00:00:00')
    expect(formatRemaining(-DAY)).toBe('00:00:00')
  })

  test('counts whole seconds down: a part second still shows the second it is in', () => {
    // 1.9 s left shows 00:00:01, the same as 1.0 s: the display changes once per second.
    expect(formatRemaining(1900)).toBe(formatRemaining(1000))
  })

  test('always 时:分:秒 with two digits each, days in front when there are any', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * DAY }), (ms) => {
        const text = formatRemaining(ms)
        expect(text).toMatch(/^(\d+天 )?\d{2}:[0-5]\d:[0-5]\d$/)
        const [, days = '0', h, m, s] = /^(?:(\d+)天 )?(\d{2}):(\d{2}):(\d{2})$/.exec(text) ?? []
        const shown = ((Number(days) * 24 + Number(h)) * 60 + Number(m)) * 60 + Number(s)
        expect(shown).toBe(Math.floor(ms / 1000))
      }),
    )
  })
})

describe('windowProgress', () => {
  const from = 1_000_000
  const to = from + HOUR

  test.each([
    [from - MINUTE, 0],
    [from, 0],
    [from + 15 * MINUTE, 0.25],
    [from + 30 * MINUTE, 0.5],
    [to, 1],
    [to + DAY, 1],
  ])('at %d it is %d', (now, p) => {
    expect(windowProgress(from, to, now)).toBeCloseTo(p, 10)
  })

  test('an empty or backwards window is complete', () => {
    expect(windowProgress(to, to, from)).toBe(1)
    expect(windowProgress(to, from, from)).toBe(1)
  })

  test('stays within 0..1 and never goes backwards as time passes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * DAY }),
        fc.integer({ min: 1, max: 3 * DAY }),
        fc.integer({ min: -DAY, max: 5 * DAY }),
        fc.integer({ min: 0, max: DAY }),
        (start, length, offset, later) => {
          const a = windowProgress(start, start + length, start + offset)
          const b = windowProgress(start, start + length, start + offset + later)
          expect(a).toBeGreaterThanOrEqual(0)
          expect(b).toBeLessThanOrEqual(1)
          expect(b).toBeGreaterThanOrEqual(a)
        },
      ),
    )
  })
})
