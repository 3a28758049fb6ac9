import { DAY, HOUR, STAGES, stageSentence, stageSummary, type Stage, type TransferCase } from '..'
import { NOW, assess } from './cases'

const sent = (ago: number) => NOW - ago

describe('stage', () => {
  const rows: [string, Partial<TransferCase>, Stage][] = [
    // Chat, pending: the 24-hour auto return (T1).
    ['chat pending, just sent', { sentAt: sent(0) }, 'awaiting-acceptance'],
    ['chat pending, sent 1 ms short of 24 h', { sentAt: sent(DAY - 1) }, 'awaiting-acceptance'],
    ['chat pending, exactly 24 h', { sentAt: sent(DAY) }, 'auto-returned'],
    ['chat pending, 3 days', { sentAt: sent(3 * DAY) }, 'auto-returned'],
    [
      'chat pending, sent within the clock skew',
      { sentAt: NOW + 5 * 60 * 1000 },
      'awaiting-acceptance',
    ],
    [
      'chat pending with a delay setting still waits for acceptance (D2)',
      { sentAt: sent(HOUR), arrival: 'delay24h' },
      'awaiting-acceptance',
    ],
    // Chat, accepted.
    ['chat accepted, instant', { recipient: 'accepted' }, 'arrived'],
    [
      'chat accepted, 2 h delay, 1 ms before arrival',
      {
        recipient: 'accepted',
        arrival: 'delay2h',
        sentAt: sent(3 * HOUR),
        acceptedAt: sent(2 * HOUR - 1),
      },
      'in-delay',
    ],
    [
      'chat accepted, 2 h delay, exactly at arrival',
      {
        recipient: 'accepted',
        arrival: 'delay2h',
        sentAt: sent(3 * HOUR),
        acceptedAt: sent(2 * HOUR),
      },
      'arrived',
    ],
    [
      'chat accepted, 24 h delay counted from acceptance, not sending',
      {
        recipient: 'accepted',
        arrival: 'delay24h',
        sentAt: sent(30 * HOUR),
        acceptedAt: sent(20 * HOUR),
      },
      'in-delay',
    ],
    [
      'chat accepted, 24 h delay, exactly at arrival',
      {
        recipient: 'accepted',
        arrival: 'delay24h',
        sentAt: sent(30 * HOUR),
        acceptedAt: sent(DAY),
      },
      'arrived',
    ],
    [
      'chat accepted without acceptedAt: counted from sentAt',
      { recipient: 'accepted', arrival: 'delay2h', sentAt: sent(2 * HOUR - 1) },
      'in-delay',
    ],
    [
      'chat accepted without acceptedAt, exactly 2 h after sending: may have arrived, still in delay',
      { recipient: 'accepted', arrival: 'delay2h', sentAt: sent(2 * HOUR) },
      'in-delay',
    ],
    [
      'chat accepted without acceptedAt, 24 h + 2 h after sending: arrived for certain',
      { recipient: 'accepted', arrival: 'delay2h', sentAt: sent(DAY + 2 * HOUR) },
      'arrived',
    ],
    [
      'chat accepted, seen accepted 1 h after sending, 3 h after sending: arrived',
      {
        recipient: 'accepted',
        arrival: 'delay2h',
        sentAt: sent(3 * HOUR),
        acceptedBy: NOW - 2 * HOUR,
      },
      'arrived',
    ],
    [
      'chat accepted, seen accepted 1 h after sending, 3 h - 1 ms after sending: in delay',
      {
        recipient: 'accepted',
        arrival: 'delay2h',
        sentAt: sent(3 * HOUR) + 1,
        acceptedBy: NOW - 2 * HOUR + 1,
      },
      'in-delay',
    ],
    ['chat returned', { recipient: 'returned' }, 'returned'],
    [
      'chat returned, delayed, days later',
      { recipient: 'returned', arrival: 'delay24h', sentAt: sent(9 * DAY) },
      'returned',
    ],
    ['chat unknown', { recipient: 'unknown' }, 'unknown'],
    ['chat unknown, days later', { recipient: 'unknown', sentAt: sent(9 * DAY) }, 'unknown'],
    // Phone: no accept step (T5).
    ['phone instant', { method: 'phone', recipient: 'accepted' }, 'arrived'],
    ['phone instant, unknown', { method: 'phone', recipient: 'unknown' }, 'arrived'],
    [
      'phone 2 h delay, 1 ms before',
      { method: 'phone', recipient: 'unknown', arrival: 'delay2h', sentAt: sent(2 * HOUR - 1) },
      'in-delay',
    ],
    [
      'phone 2 h delay, exactly',
      { method: 'phone', recipient: 'accepted', arrival: 'delay2h', sentAt: sent(2 * HOUR) },
      'arrived',
    ],
    [
      'phone 24 h delay, 1 ms before',
      { method: 'phone', recipient: 'accepted', arrival: 'delay24h', sentAt: sent(DAY - 1) },
      'in-delay',
    ],
    [
      'phone 24 h delay, exactly',
      { method: 'phone', recipient: 'unknown', arrival: 'delay24h', sentAt: sent(DAY) },
      'arrived',
    ],
    ['phone returned', { method: 'phone', recipient: 'returned', arrival: 'delay2h' }, 'returned'],
    [
      'QR code or 红包: no timer applies',
      { method: 'other', recipient: 'unknown', arrival: 'unknown', sentAt: sent(3 * DAY) },
      'untracked',
    ],
    [
      'QR code or 红包, given back',
      { method: 'other', recipient: 'returned', arrival: 'unknown' },
      'returned',
    ],
  ]

  it.each(rows)('%s → %s', (_name, c, stage) => {
    expect(assess(c).stage).toBe(stage)
  })

  it('covers every stage in the table', () => {
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(STAGES))
  })
})

describe('headline', () => {
  it.each(STAGES)('%s is plain Chinese advice that cites its sources', (stage) => {
    const { text, sourceIds } = stageSentence(stage)
    expect(text).toMatch(/^[^\n]+。$/)
    expect(sourceIds.length).toBeGreaterThan(0)
  })

  it('is the stage summary on the assessment', () => {
    const a = assess({})
    expect(a.headline).toBe(stageSummary(a.stage))
    expect(a.headline).toContain('24 小时')
  })
})
