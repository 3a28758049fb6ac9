import { DAY, HOUR, MINUTE, assessTransfer, isShareSafe, type Deadline } from '..'
import { findForbidden } from '../../../test/support/forbidden'
import {
  PROGRESS_STEP,
  TIMELINE_MAX_SPAN,
  alarmOffsetFor,
  assessmentBoundaries,
  calendarEntryFor,
  offersCalendar,
  deadlineClock,
  phaseAt,
  roundPct,
  timelineFor,
  timelinePosition,
  windowStartOf,
} from '../timeline'
import { NOW, makeCase, spreadOfCases } from './cases'

const OFFSETS = [
  0,
  10 * MINUTE,
  29 * MINUTE,
  31 * MINUTE,
  3 * HOUR,
  23 * HOUR,
  25 * HOUR,
  40 * HOUR,
]
// Amount and cross-border do not move any time, so one of each keeps the table small.
const SPREAD = spreadOfCases(OFFSETS).filter(
  ({ c }) => c.amountFen === 100 && c.crossBorder === undefined,
)

const kinds = (t: { points: { kind: string }[] }) => t.points.map((p) => p.kind)

describe('the assessment changes only at its boundaries', () => {
  test('same phase, same assessment: at a boundary, just before the next, and between', () => {
    for (const { c } of SPREAD) {
      const bounds = assessmentBoundaries(c)
      const starts = [c.sentAt, ...bounds]
      for (let i = 0; i < starts.length; i++) {
        const from = starts[i]
        const to = i + 1 < starts.length ? starts[i + 1] - 1 : from + 5 * 365 * DAY
        if (to < from) continue
        const base = JSON.stringify(assessTransfer(c, from))
        expect(phaseAt(bounds, from)).toBe(phaseAt(bounds, to))
        expect(JSON.stringify(assessTransfer(c, to))).toBe(base)
        expect(JSON.stringify(assessTransfer(c, Math.floor((from + to) / 2)))).toBe(base)
      }
    }
  })

  test('boundaries are the deadline moments, earliest first, without repeats', () => {
    const c = makeCase({
      cause: 'fraud',
      method: 'phone',
      recipient: 'unknown',
      arrival: 'delay2h',
    })
    const b = assessmentBoundaries(c)
    expect(b.slice(0, 2)).toEqual([c.sentAt + 30 * MINUTE, c.sentAt + 2 * HOUR])
    // and the limitation period once it has arrived: its ~3-year estimate and its 20-year cap
    expect(b).toHaveLength(4)
    expect([...b].sort((x, y) => x - y)).toEqual(b)
  })

  test('phaseAt counts the boundaries reached', () => {
    expect(phaseAt([10, 20], 9)).toBe(0)
    expect(phaseAt([10, 20], 10)).toBe(1)
    expect(phaseAt([10, 20], 19)).toBe(1)
    expect(phaseAt([10, 20], 20)).toBe(2)
    expect(phaseAt([], 5)).toBe(0)
  })

  test('no case ever runs more than two per-second countdowns at once', () => {
    // Why the tick bench measures two: auto-return needs a pending chat transfer, arrival an
    // accepted one or a phone transfer, and the limitation period only counts days.
    let most = 0
    for (const { c } of SPREAD) {
      for (const now of [c.sentAt, c.sentAt + 10 * MINUTE, c.sentAt + HOUR, c.sentAt + 20 * HOUR]) {
        const running = assessTransfer(c, now).deadlines.filter((d) => !d.passed && !d.approximate)
        most = Math.max(most, running.length)
      }
    }
    expect(most).toBe(2)
  })
})

describe('roundPct', () => {
  test('clamps to 0..100 and rounds to the step', () => {
    expect(roundPct(-5)).toBe(0)
    expect(roundPct(140)).toBe(100)
    expect(roundPct(NaN)).toBe(0)
    expect(roundPct(12.3)).toBe(12.25)
    expect(roundPct(12.4)).toBe(12.5)
    expect(roundPct(33.333, 0.1)).toBe(33.3)
  })

  test('gives short decimals (they travel in setData)', () => {
    for (let x = 0; x <= 100; x += 0.37) {
      expect(String(roundPct(x)).length).toBeLessThanOrEqual(5)
      expect(String(roundPct(x, 0.1)).length).toBeLessThanOrEqual(4)
    }
  })
})

describe('deadlineClock', () => {
  const c = makeCase({ sentAt: NOW - HOUR })
  const deadline = (now: number) => assessTransfer(c, now).deadlines[0]

  test('a running deadline shows 时:分:秒 and how far its window has run', () => {
    const clock = deadlineClock(c, deadline(NOW), NOW)
    expect(clock.text).toBe('23:00:00')
    expect(clock.passed).toBe(false)
    expect(clock.progressPct).toBe(roundPct((100 * HOUR) / DAY))
  })

  test('the progress width moves in steps, not every second', () => {
    const widths = new Set<number>()
    for (let s = 0; s < 60; s++)
      widths.add(deadlineClock(c, deadline(NOW), NOW + s * 1000).progressPct)
    // 60 s of a 24 h window is 0.07 %: at most one step.
    expect(widths.size).toBeLessThanOrEqual(2)
    expect(PROGRESS_STEP).toBeGreaterThan(0)
  })

  test('a passed deadline reads 已过 with a full bar', () => {
    const later = c.sentAt + DAY
    expect(deadlineClock(c, deadline(later), later)).toEqual({
      text: '已过',
      progressPct: 100,
      passed: true,
    })
  })

  test('the limitation period counts whole days, never seconds', () => {
    const arrived = makeCase({ recipient: 'accepted', sentAt: NOW - HOUR })
    const limitation = assessTransfer(arrived, NOW).deadlines.find((d) => d.kind === 'limitation')
    expect(limitation).toBeDefined()
    const clock = deadlineClock(arrived, limitation as Deadline, NOW)
    expect(clock.text).toMatch(/^约 \d+ 天$/)
    expect(clock.text).toBe(deadlineClock(arrived, limitation as Deadline, NOW + 59_000).text)
  })

  test('the arrival window opens at acceptance (D2), for a phone transfer at sending (T5)', () => {
    const chat = makeCase({
      recipient: 'accepted',
      arrival: 'delay2h',
      sentAt: NOW - 3 * HOUR,
      acceptedAt: NOW - HOUR,
    })
    const phone = makeCase({ method: 'phone', recipient: 'unknown', arrival: 'delay2h' })
    expect(windowStartOf(chat, { kind: 'arrival' })).toBe(chat.acceptedAt)
    expect(windowStartOf(phone, { kind: 'arrival' })).toBe(phone.sentAt)
    expect(windowStartOf(chat, { kind: 'limitation' })).toBe(chat.sentAt)
    const arrival = assessTransfer(chat, NOW).deadlines.find((d) => d.kind === 'arrival')
    expect(deadlineClock(chat, arrival as Deadline, NOW)).toMatchObject({
      text: '01:00:00',
      progressPct: 50,
    })
  })
})

describe('timelineFor', () => {
  test('a pending chat transfer: 转出 to the 24 h auto-return, with 现在 to scale', () => {
    const c = makeCase({ sentAt: NOW - 6 * HOUR })
    const t = timelineFor(c, assessTransfer(c, NOW), NOW)
    expect(kinds(t)).toEqual(['sent', 'auto-return'])
    expect(t.span).toBe(DAY)
    expect(t.points.map((p) => p.pct)).toEqual([0, 100])
    expect(t.nowPct).toBe(25)
    expect(t.nowBeyond).toBe(false)
    expect(t.beyond).toEqual([])
  })

  test('fraud adds the 30-minute emergency point, placed to scale', () => {
    const c = makeCase({ cause: 'fraud', sentAt: NOW - 10 * MINUTE })
    const t = timelineFor(c, assessTransfer(c, NOW), NOW)
    expect(kinds(t)).toEqual(['sent', 'emergency-stop', 'auto-return'])
    expect(t.points[1].pct).toBe(2.1) // 30 min of 24 h
    expect(t.points[1].passed).toBe(false)
  })

  test('an accepted, delayed chat transfer: 转出 → 对方收款 → 到账', () => {
    const c = makeCase({
      recipient: 'accepted',
      arrival: 'delay24h',
      sentAt: NOW - 10 * HOUR,
      acceptedAt: NOW - 8 * HOUR,
    })
    const t = timelineFor(c, assessTransfer(c, NOW), NOW)
    expect(kinds(t)).toEqual(['sent', 'accepted', 'arrival'])
    expect(t.points.map((p) => p.label)).toEqual(['转出', '对方收款', '到账'])
    expect(t.span).toBe(26 * HOUR)
    expect(t.points[1].pct).toBe(7.7)
    expect(t.nowPct).toBe(roundPct((10 / 26) * 100))
  })

  test('the limitation period (about 3 years) is listed beside the bar, not drawn to scale', () => {
    const c = makeCase({
      recipient: 'accepted',
      arrival: 'delay2h',
      sentAt: NOW - 3 * HOUR,
      acceptedAt: NOW - 3 * HOUR,
    })
    const a = assessTransfer(c, NOW)
    expect(a.deadlines.map((d) => d.kind)).toContain('limitation')
    const t = timelineFor(c, a, NOW)
    expect(kinds(t)).toEqual(['sent', 'accepted', 'arrival'])
    expect(t.beyond).toMatchObject([{ kind: 'limitation', approximate: true }])
    expect(t.span).toBe(2 * HOUR)
    // Now is past the last point: the marker rests at the right end.
    expect(t.nowPct).toBe(100)
    expect(t.nowBeyond).toBe(true)
  })

  test('an arrival whose acceptance time is unknown is drawn as a range, not a point', () => {
    const c = makeCase({ recipient: 'accepted', arrival: 'delay2h', sentAt: NOW - 3 * HOUR })
    const t = timelineFor(c, assessTransfer(c, NOW), NOW)
    const arrival = t.points.find((p) => p.kind === 'arrival')
    expect(arrival).toMatchObject({ at: c.sentAt + 2 * HOUR, endAt: c.sentAt + DAY + 2 * HOUR })
    expect(arrival?.pct).toBeLessThan(arrival?.endPct ?? 0)
    expect(arrival?.endPct).toBe(100)
    expect(arrival?.passed).toBe(false)
    // The bar reaches the latest possible arrival; no acceptance point is invented.
    expect(t.end).toBe(c.sentAt + DAY + 2 * HOUR)
    expect(kinds(t)).not.toContain('accepted')
  })

  test('a phone transfer with 实时到账 lands as it is sent', () => {
    const c = makeCase({ method: 'phone', recipient: 'accepted', cause: 'fraud' })
    const t = timelineFor(c, assessTransfer(c, NOW), NOW)
    expect(t.points[0].label).toBe('转出即到账')
    expect(kinds(t)).toEqual(['sent', 'emergency-stop'])
    expect(t.span).toBe(30 * MINUTE)
  })

  test('a bar is never empty: the shortest span is 30 minutes', () => {
    const c = makeCase({ method: 'phone', recipient: 'accepted' })
    const t = timelineFor(c, assessTransfer(c, NOW), NOW)
    expect(kinds(t)).toEqual(['sent'])
    expect(t.span).toBe(30 * MINUTE)
    expect(Number.isFinite(t.nowPct)).toBe(true)
  })

  test('labels alternate above and below in time order', () => {
    const c = makeCase({
      cause: 'fraud',
      recipient: 'accepted',
      arrival: 'delay2h',
      sentAt: NOW - 20 * MINUTE,
      acceptedAt: NOW - 15 * MINUTE,
    })
    const t = timelineFor(c, assessTransfer(c, NOW), NOW)
    expect(kinds(t)).toEqual(['sent', 'accepted', 'emergency-stop', 'arrival'])
    expect(t.points.map((p) => p.side)).toEqual(['above', 'below', 'above', 'below'])
  })

  test('for every valid case: points in order, all within 0..100, 转出 at 0, within the span', () => {
    const wrong: string[] = []
    for (const { c, now } of SPREAD) {
      for (const moment of [now, c.sentAt - HOUR, c.sentAt + 3 * DAY, c.sentAt + 4 * 365 * DAY]) {
        const t = timelineFor(c, assessTransfer(c, moment), moment)
        const ats = t.points.map((p) => p.at)
        const ok =
          t.points[0].kind === 'sent' &&
          t.points[0].pct === 0 &&
          t.span > 0 &&
          t.span <= TIMELINE_MAX_SPAN &&
          t.points.every((p) => p.pct >= 0 && p.pct <= 100) &&
          ats.every((x, i) => i === 0 || ats[i - 1] <= x) &&
          t.nowPct >= 0 &&
          t.nowPct <= 100
        if (!ok) wrong.push(JSON.stringify({ c, moment, t }))
      }
    }
    expect(wrong).toEqual([])
  })

  test('the marker moves with time and stops at the ends', () => {
    const c = makeCase({ sentAt: NOW })
    const t = timelineFor(c, assessTransfer(c, NOW), NOW)
    expect(timelinePosition(t, NOW - HOUR)).toBe(0)
    expect(timelinePosition(t, NOW + 12 * HOUR)).toBe(50)
    expect(timelinePosition(t, NOW + 30 * HOUR)).toBe(100)
    const { stays } = moves(t)
    // Over a minute of a 24 h bar the marker moves at most one step.
    expect(stays).toBeGreaterThanOrEqual(59)
  })
})

function moves(t: { start: number; span: number }) {
  let stays = 0
  for (let s = 1; s <= 60; s++) {
    const a = timelinePosition(t, NOW + (s - 1) * 1000)
    const b = timelinePosition(t, NOW + s * 1000)
    if (a === b) stays++
  }
  return { stays }
}

describe('calendar reminders', () => {
  test.each([
    ['the 30-minute emergency window', 30 * MINUTE, 25 * MINUTE, 5 * 60],
    ['a 2-hour delay', 2 * HOUR, 2 * HOUR, 30 * 60],
    ['the 24 h auto-return', DAY, 20 * HOUR, 30 * 60],
    ['the limitation period', 3 * 365 * DAY, 3 * 365 * DAY, 30 * 24 * 3600],
  ])('%s rings at a fitting lead (seconds)', (_name, windowMs, remainingMs, lead) => {
    expect(alarmOffsetFor(windowMs, remainingMs)).toBe(lead)
  })

  test('a lead longer than the time left shrinks, so the alarm never lies in the past', () => {
    expect(alarmOffsetFor(2 * HOUR, 10 * MINUTE)).toBe(9 * 60)
    expect(alarmOffsetFor(30 * MINUTE, 3 * MINUTE)).toBe(2 * 60)
    expect(alarmOffsetFor(30 * MINUTE, 30 * 1000)).toBe(0)
  })

  test('entries carry the deadline time and nothing personal', () => {
    for (const { c, now } of SPREAD) {
      for (const d of assessTransfer(c, now).deadlines.filter(offersCalendar)) {
        const e = calendarEntryFor(c, d, now)!
        // The earliest moment, or once that has come (a range), the latest.
        expect(e.at).toBe(now < d.at ? d.at : d.latest)
        expect(isShareSafe(e.title)).toBe(true)
        expect(e.title).not.toMatch(/[¥￥元]/)
        expect(e.description).not.toContain(String(c.amountFen / 100))
        expect(e.alarmOffsetSec).toBeGreaterThanOrEqual(0)
        expect(e.at - e.alarmOffsetSec * 1000).toBeGreaterThanOrEqual(now)
      }
    }
  })

  test('no reminder or timeline label makes a claim the app must not make', () => {
    const texts = new Set<string>()
    for (const { c, now } of SPREAD) {
      const a = assessTransfer(c, now)
      for (const d of a.deadlines) {
        const e = calendarEntryFor(c, d, now)
        if (e) texts.add(e.title).add(e.description)
      }
      const t = timelineFor(c, a, now)
      for (const p of t.points) texts.add(p.label)
      for (const p of t.beyond) texts.add(p.label)
    }
    expect([...texts].flatMap((text) => findForbidden(text))).toEqual([])
  })

  test('the limitation reminder says it is an estimate', () => {
    const c = makeCase({ recipient: 'accepted' })
    const d = assessTransfer(c, NOW).deadlines.find((x) => x.kind === 'limitation') as Deadline
    expect(calendarEntryFor(c, d, NOW)?.title).toContain('估算')
  })

  test('a reminder resting on a medium-confidence fact carries the hedge', () => {
    const c = makeCase({ method: 'phone', recipient: 'unknown', arrival: 'delay2h' })
    const d = assessTransfer(c, NOW).deadlines.find((x) => x.kind === 'arrival') as Deadline
    expect(calendarEntryFor(c, d, NOW)?.description).toContain('以微信客户端实际显示为准')
  })
})
