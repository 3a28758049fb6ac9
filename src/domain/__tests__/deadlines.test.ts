import { CHINA_UTC_OFFSET, DAY, HOUR, MINUTE, addCalendarYears, type TransferCase } from '..'
import { NOW, assess, deadlineKinds } from './cases'

/** Epoch ms of a Beijing wall-clock time. */
const beijing = (y: number, m: number, d: number, h = 0, min = 0) =>
  Date.UTC(y, m - 1, d, h, min) - CHINA_UTC_OFFSET

describe('which deadlines a case has', () => {
  const rows: [string, Partial<TransferCase>, string[]][] = [
    ['chat pending', {}, ['auto-return']],
    [
      'chat pending, delayed: no arrival before acceptance',
      { arrival: 'delay2h' },
      ['auto-return'],
    ],
    ['chat accepted, instant', { recipient: 'accepted' }, ['limitation']],
    [
      'chat accepted, delayed, in delay',
      { recipient: 'accepted', arrival: 'delay24h' },
      ['arrival'],
    ],
    [
      'chat accepted, delayed, arrived',
      {
        recipient: 'accepted',
        arrival: 'delay2h',
        sentAt: NOW - 3 * HOUR,
        acceptedAt: NOW - 3 * HOUR,
      },
      ['arrival', 'limitation'],
    ],
    [
      'chat accepted at an unknown time, delayed, past the earliest arrival: not yet arrived',
      { recipient: 'accepted', arrival: 'delay2h', sentAt: NOW - 3 * HOUR },
      ['arrival'],
    ],
    [
      'chat accepted at an unknown time, delayed, past the latest arrival',
      { recipient: 'accepted', arrival: 'delay2h', sentAt: NOW - 26 * HOUR },
      ['arrival', 'limitation'],
    ],
    ['chat returned, delayed', { recipient: 'returned', arrival: 'delay2h' }, []],
    ['chat unknown, delayed', { recipient: 'unknown', arrival: 'delay2h' }, []],
    ['phone instant', { method: 'phone', recipient: 'accepted' }, ['limitation']],
    [
      'phone delayed, in delay',
      { method: 'phone', recipient: 'unknown', arrival: 'delay24h' },
      ['arrival'],
    ],
    [
      'phone delayed, returned',
      { method: 'phone', recipient: 'returned', arrival: 'delay2h' },
      ['arrival'],
    ],
    [
      'fraud, chat pending, 10 min ago',
      { cause: 'fraud', sentAt: NOW - 10 * MINUTE },
      ['emergency-stop', 'auto-return'],
    ],
    [
      'account stolen, returned',
      { cause: 'account-stolen', recipient: 'returned' },
      ['emergency-stop'],
    ],
    [
      'fraud, delayed 2 h, accepted 10 min ago',
      {
        cause: 'fraud',
        recipient: 'accepted',
        arrival: 'delay2h',
        sentAt: NOW - 20 * MINUTE,
        acceptedAt: NOW - 10 * MINUTE,
      },
      ['emergency-stop', 'arrival'],
    ],
    [
      'fraud, arrived',
      { cause: 'fraud', recipient: 'accepted', sentAt: NOW - HOUR },
      ['emergency-stop', 'limitation'],
    ],
  ]

  it.each(rows)('%s', (_name, c, kinds) => {
    expect(deadlineKinds(assess(c))).toEqual(kinds)
  })
})

describe('deadline times', () => {
  const at = (c: Partial<TransferCase>, kind: string, now = NOW) =>
    assess(c, now).deadlines.find((d) => d.kind === kind)

  it('auto return is 24 h after sending (T1)', () => {
    expect(at({ sentAt: NOW - HOUR }, 'auto-return')?.at).toBe(NOW - HOUR + DAY)
  })

  it('chat arrival counts from acceptance (D2)', () => {
    const c = {
      recipient: 'accepted' as const,
      arrival: 'delay2h' as const,
      sentAt: NOW - HOUR,
      acceptedAt: NOW - 30 * MINUTE,
    }
    expect(at(c, 'arrival')?.at).toBe(NOW - 30 * MINUTE + 2 * HOUR)
  })

  it('chat arrival without acceptedAt is a range: earliest at sending, latest at +24 h (D2, T1)', () => {
    const c = { recipient: 'accepted' as const, arrival: 'delay24h' as const, sentAt: NOW - HOUR }
    const d = at(c, 'arrival')
    expect(d?.at).toBe(NOW - HOUR + DAY)
    expect(d?.latest).toBe(NOW - HOUR + DAY + DAY)
    expect(d?.approximate).toBe(true)
    expect(assess(c).assumptions.join('')).toContain('转账时间')
    expect(assess(c).assumptions.join('')).toContain('最晚')
  })

  it('acceptedBy caps the latest arrival; past sentAt + 24 h the auto-return caps it', () => {
    const base = { recipient: 'accepted' as const, arrival: 'delay2h' as const, sentAt: NOW - HOUR }
    const by = at({ ...base, acceptedBy: NOW - 30 * MINUTE }, 'arrival')
    expect(by?.at).toBe(NOW + HOUR)
    expect(by?.latest).toBe(NOW - 30 * MINUTE + 2 * HOUR)
    // Seen accepted only two days later: acceptance still happened within ~24 h (T1).
    const late = { ...base, sentAt: NOW - 2 * DAY, acceptedBy: NOW }
    const d = at(late, 'arrival')
    expect(d?.latest).toBe(NOW - 2 * DAY + DAY + 2 * HOUR)
    // acceptedBy equal to sentAt: exact after all.
    const exact = at({ ...base, acceptedBy: NOW - HOUR }, 'arrival')
    expect(exact?.latest).toBe(exact?.at)
    expect(exact?.approximate).toBe(false)
  })

  it('exact moments have latest equal to at and are not approximate', () => {
    const a = assess({ cause: 'fraud', sentAt: NOW - 10 * MINUTE, arrival: 'delay2h' })
    for (const d of a.deadlines) {
      expect(d.latest).toBe(d.at)
      expect(d.approximate).toBe(false)
    }
  })

  it('phone arrival counts from sending (T5)', () => {
    const c = {
      method: 'phone' as const,
      recipient: 'unknown' as const,
      arrival: 'delay2h' as const,
      sentAt: NOW - HOUR,
    }
    expect(at(c, 'arrival')?.at).toBe(NOW + HOUR)
  })

  it('emergency stop is 30 min after sending (C8)', () => {
    expect(at({ cause: 'fraud', sentAt: NOW - 5 * MINUTE }, 'emergency-stop')?.at).toBe(
      NOW + 25 * MINUTE,
    )
  })

  it.each([
    ['an ordinary day', beijing(2025, 5, 31, 20, 15), beijing(2028, 5, 31, 20, 15)],
    [
      '29 February falls back to 28 February',
      beijing(2024, 2, 29, 9, 0),
      beijing(2027, 2, 28, 9, 0),
    ],
    // 00:30 Beijing is still the previous day in UTC and in New York: a zone-dependent
    // implementation would land on a different calendar day.
    ['just after midnight in Beijing', beijing(2024, 2, 29, 0, 30), beijing(2027, 2, 28, 0, 30)],
    ['late evening before a leap day', beijing(2024, 2, 28, 23, 59), beijing(2027, 2, 28, 23, 59)],
    ['New Year', beijing(2025, 1, 1, 0, 0), beijing(2028, 1, 1, 0, 0)],
  ])('limitation: 3 calendar years in Beijing time, %s', (_name, sentAt, expected) => {
    expect(addCalendarYears(sentAt, 3)).toBe(expected)
    const d = at({ recipient: 'accepted', sentAt }, 'limitation', sentAt + HOUR)
    expect(d?.at).toBe(expected)
    expect(d?.approximate).toBe(true)
  })

  it('with a known acceptance time only the limitation is approximate', () => {
    const a = assess({
      cause: 'fraud',
      recipient: 'accepted',
      arrival: 'delay2h',
      sentAt: NOW - 3 * HOUR,
      acceptedAt: NOW - 3 * HOUR,
    })
    expect(a.deadlines.filter((d) => d.approximate).map((d) => d.kind)).toEqual(['limitation'])
  })

  it('the limitation runs from about 3 years to the 20-year cap (L2)', () => {
    const sentAt = beijing(2025, 5, 31, 20, 15)
    const d = at({ recipient: 'accepted', sentAt }, 'limitation', sentAt + HOUR)
    expect(d?.latest).toBe(beijing(2045, 5, 31, 20, 15))
    expect(d?.approximate).toBe(true)
  })
})

describe('passed and order', () => {
  it('passed is true exactly from the deadline on', () => {
    const sentAt = NOW - DAY
    expect(assess({ sentAt }, sentAt + DAY - 1).deadlines[0].passed).toBe(false)
    expect(assess({ sentAt }, sentAt + DAY).deadlines[0].passed).toBe(true)
  })

  it('a range passes only at its latest moment', () => {
    const c = { recipient: 'accepted' as const, arrival: 'delay2h' as const, sentAt: NOW }
    const arrival = (now: number) => assess(c, now).deadlines.find((d) => d.kind === 'arrival')
    expect(arrival(NOW + 3 * HOUR)?.passed).toBe(false)
    expect(arrival(NOW + 26 * HOUR - 1)?.passed).toBe(false)
    expect(arrival(NOW + 26 * HOUR)?.passed).toBe(true)
  })

  it('lists deadlines earliest first', () => {
    const a = assess({
      cause: 'fraud',
      method: 'phone',
      recipient: 'unknown',
      arrival: 'delay24h',
      sentAt: NOW - 2 * DAY,
    })
    expect(deadlineKinds(a)).toEqual(['emergency-stop', 'arrival', 'limitation'])
    const ats = a.deadlines.map((d) => d.at)
    expect(ats).toEqual([...ats].sort((x, y) => x - y))
  })

  it('every deadline has a Chinese label, an at-zero text and a source', () => {
    const a = assess({
      cause: 'fraud',
      recipient: 'accepted',
      arrival: 'delay2h',
      sentAt: NOW - 3 * HOUR,
    })
    for (const d of a.deadlines) {
      expect(d.label).toMatch(/[\u4e00-\u9fff]/)
      expect(d.atZero).toMatch(/[\u4e00-\u9fff]/)
      expect(d.sourceIds.length).toBeGreaterThan(0)
    }
  })
})
