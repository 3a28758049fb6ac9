// The "not sure" answers of the status form and the other payment methods: each acts safe.
// - cause 'unsure' follows the fraud rules (110 first, the 30-minute window, the police list, no
//   "我转错了" anywhere), and 'other' gets 110 plainly and a list titled by its own cause;
// - arrival 'unknown' is the whole range of settings (instant to 24 h): the money is never said to
//   be in the recipient's 零钱 while a delay could still run, and the delay complaint stays offered
//   until the latest possible end, exactly (the same range mechanism as an unknown acceptance time);
// - method 'other' (QR code, 红包…) gets no chat-transfer timer, and 110 plus the platform complaint.
import {
  DAY,
  HOUR,
  MINUTE,
  RECIPIENT_STATES,
  TRANSFER_CAUSES,
  assessTransfer,
  checklistFor,
  checklistInputForCase,
  parseTransferCase,
  renderTemplate,
  scenarioForCase,
  stageOf,
  templatesFor,
  type TransferCase,
} from '..'
import { actionTexts } from '../../content/actions'
import { headlines, stageSummaries } from '../../content/stages'
import { NOW, actionIds, assess, deadlineKinds, makeCase, noteIds } from './cases'

/** What the app may not say before the latest possible arrival: the money is in their 零钱. */
const ARRIVED_AS_FACT = /钱已经进入对方零钱|钱已进对方零钱|钱已经在对方零钱里/

const MISTAKE_WORDS = /我转错了|是我转错|我误转/

/** Everything a result shows in words. */
function wordsOf(c: TransferCase, now: number): string[] {
  const a = assessTransfer(c, now)
  return [
    a.headline,
    ...a.actions.flatMap((x) => [x.title, x.detail, ...(x.steps ?? [])]),
    ...a.notes.map((n) => n.text),
    ...a.deadlines.flatMap((d) => [d.label]),
  ]
}

const chatOrPhone = ['chat', 'phone'] as const
/** Moments on both sides of the 30-minute window. */
const FIRST_30 = [0, 10 * MINUTE, 30 * MINUTE - 1]
const AFTER_30 = [30 * MINUTE, 2 * HOUR, 3 * DAY]

describe("cause 'unsure' follows the fraud rules", () => {
  const recipientsFor = (method: string) =>
    RECIPIENT_STATES.filter((r) => r !== 'returned' && !(method === 'phone' && r === 'pending'))

  for (const method of chatOrPhone) {
    for (const recipient of recipientsFor(method)) {
      for (const arrival of ['instant', 'delay2h', 'unknown'] as const) {
        it.each(FIRST_30)(
          `${method}/${recipient}/${arrival}: 110 first, urgent, at +%i ms`,
          (ago) => {
            const a = assess({ method, recipient, arrival, cause: 'unsure', sentAt: NOW - ago })
            expect(a.actions[0].id).toBe('call-110')
            expect(a.actions[0].title).toBe(actionTexts['call-110'].title.urgent)
            expect(deadlineKinds(a)).toContain('emergency-stop')
            expect(a.deadlines.find((d) => d.kind === 'emergency-stop')?.passed).toBe(false)
          },
        )
        it.each(AFTER_30)(`${method}/${recipient}/${arrival}: 110 still first at +%i ms`, (ago) => {
          const a = assess({ method, recipient, arrival, cause: 'unsure', sentAt: NOW - ago })
          expect(a.actions[0].id).toBe('call-110')
          expect(a.actions[0].title).toBe(actionTexts['call-110'].title.plain)
          expect(a.deadlines.find((d) => d.kind === 'emergency-stop')?.passed).toBe(true)
        })
      }
    }
  }

  it('gets the same actions, deadlines and notes as fraud', () => {
    for (const ago of [...FIRST_30, ...AFTER_30]) {
      for (const over of [
        { recipient: 'pending' as const },
        { recipient: 'accepted' as const, arrival: 'delay2h' as const },
        { recipient: 'unknown' as const },
        { method: 'other' as const, recipient: 'unknown' as const, arrival: 'unknown' as const },
      ]) {
        const fraud = assess({ ...over, cause: 'fraud', sentAt: NOW - ago })
        const unsure = assess({ ...over, cause: 'unsure', sentAt: NOW - ago })
        expect(actionIds(unsure)).toEqual(actionIds(fraud))
        expect(deadlineKinds(unsure)).toEqual(deadlineKinds(fraud))
        expect(noteIds(unsure)).toEqual(noteIds(fraud))
        expect(unsure.headline).toBe(fraud.headline)
      }
    }
  })

  it('opens the fraud checklist, police group first, and offers no "我转错了" message', () => {
    expect(scenarioForCase({ cause: 'unsure' })).toBe('fraud')
    const groups = checklistFor(checklistInputForCase({ cause: 'unsure' }, 'arrived'))
    expect(groups[0].id).toBe('police')
    expect(groups[0].items.map((i) => i.id)).toContain('call-110')
    for (const t of templatesFor('fraud', 'arrived')) {
      expect(renderTemplate(t.id)).not.toMatch(MISTAKE_WORDS)
    }
  })

  it('never says "我转错了" anywhere in a result', () => {
    for (const recipient of ['pending', 'accepted', 'unknown'] as const) {
      for (const ago of [0, HOUR, 2 * DAY]) {
        const c = makeCase({ recipient, cause: 'unsure', sentAt: NOW - ago })
        expect(wordsOf(c, NOW).join('\n')).not.toMatch(MISTAKE_WORDS)
      }
    }
  })

  it('does not comfort first while the other side can still accept', () => {
    const a = assess({ cause: 'unsure', recipient: 'pending', sentAt: NOW - 5 * MINUTE })
    expect(a.headline).toBe(stageSummaries['awaiting-acceptance-crime'].text)
    expect(a.headline).toContain('报警')
    expect(noteIds(a)).toContain('no-more-payments')
  })
})

describe("cause 'other'", () => {
  it('shows 110 plainly, never as the urgent stop, and opens a list with the police group', () => {
    for (const ago of [0, 10 * MINUTE, 2 * HOUR]) {
      const a = assess({ cause: 'other', recipient: 'accepted', sentAt: NOW - ago })
      const call = a.actions.find((x) => x.id === 'call-110')
      expect(call?.title).toBe(actionTexts['call-110'].title.plain)
      expect(call?.detail).toBe(actionTexts['call-110'].detail.other)
    }
    const groups = checklistFor(checklistInputForCase({ cause: 'other' }, 'arrived'))
    expect(groups.flatMap((g) => g.items.map((i) => i.id))).toContain('call-110')
    expect(templatesFor(scenarioForCase({ cause: 'other' }), 'arrived').map((t) => t.id)).toEqual([
      'reply-stranger',
    ])
  })
})

describe("arrival 'unknown' is the whole range of settings (instant to 24 h)", () => {
  // A chat transfer accepted at a known time, and a phone-number transfer: the range starts at
  // acceptance (D2) or at sending (T5) and ends 24 h later.
  const starts = [
    {
      name: 'chat, accepted at a known time',
      c: { recipient: 'accepted' as const, acceptedAt: 0 },
    },
    { name: 'phone', c: { method: 'phone' as const, recipient: 'unknown' as const } },
  ]
  const sentAt = NOW - 3 * DAY

  for (const { name, c: over } of starts) {
    const c = makeCase({
      ...over,
      arrival: 'unknown',
      cause: 'mistaken',
      sentAt,
      ...(over.acceptedAt !== undefined ? { acceptedAt: sentAt + 10 * MINUTE } : {}),
    })
    const start = c.acceptedAt ?? c.sentAt
    const latest = start + DAY

    it(`${name}: the arrival window runs from the earliest (no delay) to 24 h later`, () => {
      const d = assessTransfer(c, start).deadlines.find((x) => x.kind === 'arrival')
      expect(d).toMatchObject({ at: start, latest, approximate: true })
    })

    it(`${name}: at the earliest moment it may have arrived, and nothing says it has`, () => {
      const a = assessTransfer(c, start)
      expect(a.stage).toBe('in-delay')
      expect(a.headline).toBe(headlines['arrival-unknown'].text)
      expect(actionIds(a).slice(0, 2)).toEqual(['complain-in-delay', 'check-status'])
      expect(wordsOf(c, start).join('\n')).not.toMatch(ARRIVED_AS_FACT)
    })

    it(`${name}: 1 ms before the latest moment the complaint is still offered`, () => {
      const a = assessTransfer(c, latest - 1)
      expect(a.stage).toBe('in-delay')
      expect(actionIds(a)).toContain('complain-in-delay')
      expect(a.deadlines.find((x) => x.kind === 'arrival')?.passed).toBe(false)
      expect(wordsOf(c, latest - 1).join('\n')).not.toMatch(ARRIVED_AS_FACT)
    })

    it(`${name}: at the latest moment the window closes`, () => {
      const a = assessTransfer(c, latest)
      expect(a.stage).toBe('arrived')
      expect(actionIds(a)).not.toContain('complain-in-delay')
      expect(a.deadlines.find((x) => x.kind === 'arrival')?.passed).toBe(true)
    })
  }

  it('with an unknown acceptance time too, closes only 24 h after the latest acceptance', () => {
    const c = makeCase({ recipient: 'accepted', arrival: 'unknown', sentAt: NOW - 3 * DAY })
    // Never seen accepted: acceptance can be as late as the ~24 h auto-return (T1).
    const latest = c.sentAt + DAY + DAY
    expect(stageOf(c, latest - 1)).toBe('in-delay')
    expect(stageOf(c, latest)).toBe('arrived')
    const seen = { ...c, acceptedBy: c.sentAt + HOUR }
    expect(stageOf(seen, c.sentAt + HOUR + DAY - 1)).toBe('in-delay')
    expect(stageOf(seen, c.sentAt + HOUR + DAY)).toBe('arrived')
  })

  it('says what it assumed, and hedges, in the result', () => {
    const c = makeCase({ method: 'phone', recipient: 'unknown', arrival: 'unknown' })
    const a = assessTransfer(c, c.sentAt + HOUR)
    expect(a.assumptions.join('')).toContain('不清楚到账时间设置')
    expect(a.headlineSourceIds).toContain('D1')
    expect(noteIds(a)).toContain('hedge')
  })

  it('for a pending chat transfer, behaves like any pending one (the delay starts at acceptance)', () => {
    const known = assess({ recipient: 'pending', arrival: 'instant' })
    const unknown = assess({ recipient: 'pending', arrival: 'unknown' })
    expect(unknown.stage).toBe(known.stage)
    expect(actionIds(unknown)).toEqual(actionIds(known))
  })
})

describe("method 'other' (扫码付款、红包或其他)", () => {
  const other = {
    method: 'other' as const,
    recipient: 'unknown' as const,
    arrival: 'unknown' as const,
  }

  it.each(TRANSFER_CAUSES)('%s: no chat-transfer timer, nothing promised back', (cause) => {
    for (const ago of [0, 10 * MINUTE, 2 * HOUR, 2 * DAY]) {
      const a = assess({ ...other, cause, sentAt: NOW - ago })
      expect(a.stage).toBe('untracked')
      expect(deadlineKinds(a)).not.toContain('auto-return')
      expect(deadlineKinds(a)).not.toContain('arrival')
      expect(actionIds(a)).not.toContain('wait-auto-return')
      expect(a.headline).toContain('算不出')
      expect(wordsOf(makeCase({ ...other, cause, sentAt: NOW - ago }), NOW).join('\n')).not.toMatch(
        /会自动退回|应该已经自动退回/,
      )
    }
  })

  it.each(['fraud', 'unsure'] as const)('%s: 110 first, then the platform complaint', (cause) => {
    for (const ago of [...FIRST_30, ...AFTER_30]) {
      const ids = actionIds(assess({ ...other, cause, sentAt: NOW - ago }))
      expect(ids[0]).toBe('call-110')
      expect(ids).toContain('complain-user')
    }
    expect(deadlineKinds(assess({ ...other, cause }))).toEqual(['emergency-stop'])
  })

  it("'other' cause: 110 plainly and the platform complaint; mistaken: ask back, then a suit", () => {
    expect(actionIds(assess({ ...other, cause: 'other' }))).toEqual([
      'call-110',
      'complain-user',
      'save-evidence',
      'civil-suit',
    ])
    expect(actionIds(assess({ ...other, cause: 'mistaken' }))).toEqual([
      'ask-recipient-return',
      'save-evidence',
      'civil-suit',
    ])
  })

  it('rejects a recipient state or arrival setting it cannot have, in Chinese', () => {
    const now = NOW
    for (const recipient of ['pending', 'accepted'] as const) {
      const r = parseTransferCase(makeCase({ ...other, recipient }), now)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.errors[0]).toMatchObject({ field: 'recipient' })
      if (!r.ok) expect(r.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    }
    const r = parseTransferCase(makeCase({ ...other, arrival: 'delay2h' }), now)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['arrival'])
    const back = parseTransferCase(makeCase({ ...other, recipient: 'returned' }), now)
    expect(back.ok).toBe(true)
  })
})

describe('the stage sentence carries its sources', () => {
  it('every stage sentence and headline cites facts; the hedge follows a medium one', () => {
    for (const t of Object.values(stageSummaries)) expect(t.sourceIds.length).toBeGreaterThan(0)
    // in-delay rests on D2, D3 (medium): the hedge shows even if nothing else were weak.
    const a = assess({ recipient: 'accepted', arrival: 'delay2h', acceptedAt: NOW - 10 * MINUTE })
    expect(a.stage).toBe('in-delay')
    expect(a.headlineSourceIds).toEqual(['D2', 'D3'])
    const hedge = a.notes.find((n) => n.id === 'hedge')
    expect(hedge?.sourceIds).toEqual(expect.arrayContaining(['D2', 'D3']))
  })

  it('never states the automatic return as done', () => {
    const a = assess({ sentAt: NOW - 2 * DAY })
    expect(a.stage).toBe('auto-returned')
    expect(a.headline).toContain('应该')
  })
})
