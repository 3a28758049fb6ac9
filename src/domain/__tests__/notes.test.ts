import { DAY, HOUR, HEDGE_NOTE, HEDGE_TEXT, isHedged, type TransferCase } from '..'
import { NOW, assess, noteIds } from './cases'

const arrived = { recipient: 'accepted' as const, sentAt: NOW - HOUR }
const delayed = {
  recipient: 'accepted' as const,
  arrival: 'delay2h' as const,
  acceptedAt: NOW - HOUR,
  sentAt: NOW - HOUR,
}

describe('no-self-recall (T2)', () => {
  it.each([
    ['awaiting acceptance', {}, true],
    ['in delay', delayed, true],
    ['arrived', arrived, true],
    ['phone, arrived', { method: 'phone' as const, ...arrived }, true],
    ['auto returned', { sentAt: NOW - 2 * DAY }, false],
    ['returned', { recipient: 'returned' as const }, false],
    ['unknown', { recipient: 'unknown' as const }, false],
  ])('%s: present %p', (_name, c: Partial<TransferCase>, present) => {
    expect(noteIds(assess(c)).includes('no-self-recall')).toBe(present)
  })

  it('says there is no recall button and names the only thing the payer can tap', () => {
    const note = assess({ cause: 'other' }).notes.find((n) => n.id === 'no-self-recall')
    expect(note?.text).toContain('没有')
    expect(note?.text).toContain('提醒对方收款')
  })

  it('for a mistaken transfer, advises against reminding the recipient to accept', () => {
    const note = assess({ cause: 'mistaken' }).notes.find((n) => n.id === 'no-self-recall')
    expect(note?.text).toContain('不会把钱退回给你')
    expect(note?.text).toContain('不要点它')
    // Not "all you can do is remind": the recipient can tap 退还 (T3), and it returns by itself (T1).
    expect(note?.text).not.toMatch(/只有[^。]*提醒对方收款/)
    expect(note?.text).toContain('退还')
  })
})

describe('hedge', () => {
  it('appears when advice rests on a medium-confidence fact, citing exactly those facts', () => {
    const a = assess(delayed)
    const hedge = a.notes.find((n) => n.id === 'hedge')
    expect(hedge?.text).toBe(HEDGE_NOTE)
    expect(hedge?.text).toContain(HEDGE_TEXT)
    const shown = [...a.actions, ...a.deadlines, ...a.notes.filter((n) => n.id !== 'hedge')]
    const weak = new Set(shown.flatMap((x) => x.sourceIds).filter((id) => isHedged([id])))
    expect(new Set(hedge?.sourceIds)).toEqual(weak)
  })

  it('is absent when everything shown is high confidence', () => {
    // A returned chat transfer for a mistake: only T1/T3 are cited, both high.
    const a = assess({ recipient: 'returned' })
    expect(noteIds(a)).toEqual([])
    expect(a.actions.flatMap((x) => x.sourceIds).every((id) => !isHedged([id]))).toBe(true)
  })

  it('comes last among the notes', () => {
    const ids = noteIds(assess({ cause: 'fraud', ...delayed }))
    expect(ids[ids.length - 1]).toBe('hedge')
  })
})

describe('other notes', () => {
  it('fraud and stolen accounts get the real channels (C1, C9)', () => {
    for (const cause of ['fraud', 'account-stolen'] as const) {
      expect(noteIds(assess({ cause }))).toContain('real-channels')
    }
    expect(noteIds(assess({ cause: 'mistaken' }))).not.toContain('real-channels')
  })

  it('a small fraud is still worth reporting (L5)', () => {
    expect(noteIds(assess({ cause: 'fraud', amountFen: 299_999 }))).toContain('report-anyway')
    expect(noteIds(assess({ cause: 'fraud', amountFen: 300_000 }))).not.toContain('report-anyway')
  })

  it('a cross-border case is told honestly that nothing is promised', () => {
    const note = assess({ crossBorder: true }).notes.find((n) => n.id === 'cross-border')
    expect(note?.text).toContain('没有人能保证')
    expect(noteIds(assess({ crossBorder: false }))).not.toContain('cross-border')
  })
})

describe('assumptions', () => {
  it('names the assumed acceptance time', () => {
    expect(assess({ recipient: 'accepted', arrival: 'delay2h' }).assumptions).toHaveLength(1)
    expect(
      assess({ recipient: 'accepted', arrival: 'delay2h', acceptedAt: NOW - 1000 }).assumptions,
    ).toEqual([])
  })

  it('explains a phone transfer with an unknown recipient state', () => {
    const a = assess({ method: 'phone', recipient: 'unknown', arrival: 'delay24h' })
    expect(a.assumptions.join('')).toContain('按手机号转账无需确认收款推算')
  })

  it('says the limitation date is an estimate', () => {
    expect(assess(arrived).assumptions.join('')).toContain('诉讼时效')
  })
})

describe('may-have-arrived (D2, D3)', () => {
  const unknownTime = { recipient: 'accepted' as const, arrival: 'delay2h' as const }

  it('shows only between the earliest and the latest possible arrival', () => {
    // Sent 1 h ago: the earliest arrival (sent + 2 h) is still ahead.
    expect(noteIds(assess({ ...unknownTime, sentAt: NOW - HOUR }))).not.toContain(
      'may-have-arrived',
    )
    // Sent 3 h ago, acceptance time unknown: it may have landed, or may land as late as +26 h.
    expect(noteIds(assess({ ...unknownTime, sentAt: NOW - 3 * HOUR }))).toContain(
      'may-have-arrived',
    )
    // Past the latest (24 h to accept + 2 h delay): arrived for certain, no "may".
    expect(noteIds(assess({ ...unknownTime, sentAt: NOW - 26 * HOUR }))).not.toContain(
      'may-have-arrived',
    )
    // A known acceptance time is exact: never "may".
    expect(
      noteIds(assess({ ...unknownTime, sentAt: NOW - 3 * HOUR, acceptedAt: NOW - 3 * HOUR })),
    ).not.toContain('may-have-arrived')
  })

  it('says plainly that it may have arrived, and how to tell', () => {
    const a = assess({ ...unknownTime, sentAt: NOW - 3 * HOUR })
    const note = a.notes.find((n) => n.id === 'may-have-arrived')
    expect(note?.text).toContain('可能已到账')
    expect(note?.text).toContain('待入账')
    expect(note?.sourceIds).toEqual(expect.arrayContaining(['D2', 'D3']))
    expect(a.stage).toBe('in-delay')
    expect(a.headline).toContain('可能已经进了对方零钱')
  })

  it('acceptedBy narrows the range: past the latest it is arrived', () => {
    const c = { ...unknownTime, sentAt: NOW - 4 * HOUR, acceptedBy: NOW - 2 * HOUR - 1 }
    expect(assess(c).stage).toBe('arrived')
    expect(assess({ ...c, acceptedBy: NOW - HOUR }).stage).toBe('in-delay')
  })
})
