import { CLOCK_SKEW, DAY, parseTransferCase } from '..'
import { NOW, makeCase } from './cases'

const CHINESE = /[\u4e00-\u9fff]/

function errorsOf(raw: unknown, now = NOW) {
  const result = parseTransferCase(raw, now)
  if (result.ok) throw new Error('expected the case to be rejected')
  return result.errors
}

describe('parseTransferCase accepts a well-formed case', () => {
  it('returns the case with its optional fields', () => {
    const c = makeCase({ recipient: 'accepted', acceptedAt: NOW - 1000, crossBorder: true })
    expect(parseTransferCase(c, NOW)).toEqual({ ok: true, value: c })
  })

  it('drops unknown extra fields instead of failing', () => {
    const result = parseTransferCase({ ...makeCase(), note: 'x', __v: 2 }, NOW)
    expect(result).toEqual({ ok: true, value: makeCase() })
  })

  it('keeps no undefined optional keys, so the value survives a JSON round trip', () => {
    const result = parseTransferCase(makeCase({ acceptedAt: undefined }), NOW)
    expect(result.ok && Object.keys(result.value)).not.toContain('acceptedAt')
    const again = parseTransferCase(JSON.parse(JSON.stringify(result.ok && result.value)), NOW)
    expect(again).toEqual(result)
  })
})

describe('parseTransferCase rejects each broken rule on its field, in Chinese', () => {
  const sentAt = NOW - 3 * DAY
  const accepted = { sentAt, recipient: 'accepted' as const }
  const rows: [string, unknown, string][] = [
    ['sentAt more than 5 minutes ahead', makeCase({ sentAt: NOW + CLOCK_SKEW + 1 }), 'sentAt'],
    ['acceptedAt before sentAt', makeCase({ ...accepted, acceptedAt: sentAt - 1 }), 'acceptedAt'],
    [
      'acceptedAt at sentAt + 24 h',
      makeCase({ ...accepted, acceptedAt: sentAt + DAY }),
      'acceptedAt',
    ],
    [
      'acceptedAt after sentAt + 24 h',
      makeCase({ ...accepted, acceptedAt: sentAt + 2 * DAY }),
      'acceptedAt',
    ],
    [
      'acceptedAt more than 5 minutes ahead',
      makeCase({ sentAt: NOW - 1000, recipient: 'accepted', acceptedAt: NOW + CLOCK_SKEW + 1 }),
      'acceptedAt',
    ],
    ['acceptedAt with pending', makeCase({ recipient: 'pending', acceptedAt: NOW }), 'acceptedAt'],
    [
      'acceptedAt with returned',
      makeCase({ recipient: 'returned', acceptedAt: NOW }),
      'acceptedAt',
    ],
    ['acceptedAt with unknown', makeCase({ recipient: 'unknown', acceptedAt: NOW }), 'acceptedAt'],
    [
      'acceptedAt on a phone transfer',
      makeCase({ method: 'phone', recipient: 'accepted', acceptedAt: NOW - 1000 }),
      'acceptedAt',
    ],
    [
      'pending on a phone transfer',
      makeCase({ method: 'phone', recipient: 'pending' }),
      'recipient',
    ],
    ['amount zero', makeCase({ amountFen: 0 }), 'amountFen'],
    ['amount negative', makeCase({ amountFen: -100 }), 'amountFen'],
    ['amount not an integer', makeCase({ amountFen: 12.5 }), 'amountFen'],
    ['amount NaN', makeCase({ amountFen: NaN }), 'amountFen'],
    ['amount Infinity', makeCase({ amountFen: Infinity }), 'amountFen'],
    ['amount as a string', { ...makeCase(), amountFen: '100' }, 'amountFen'],
    ['amount missing', { ...makeCase(), amountFen: undefined }, 'amountFen'],
    ['unknown method', { ...makeCase(), method: 'qr' }, 'method'],
    ['unknown arrival', { ...makeCase(), arrival: 'delay1h' }, 'arrival'],
    ['unknown recipient', { ...makeCase(), recipient: 'yes' }, 'recipient'],
    ['unknown cause', { ...makeCase(), cause: 'bored' }, 'cause'],
    ['sentAt missing', { ...makeCase(), sentAt: undefined }, 'sentAt'],
    ['sentAt not an integer', { ...makeCase(), sentAt: 1.5 }, 'sentAt'],
    ['sentAt as a date string', { ...makeCase(), sentAt: '2025-06-01' }, 'sentAt'],
    ['crossBorder not a boolean', { ...makeCase(), crossBorder: 'yes' }, 'crossBorder'],
  ]

  it.each(rows)('%s', (_name, raw, field) => {
    const errors = errorsOf(raw)
    expect(errors.map((e) => e.field)).toEqual([field])
    expect(errors[0].message).toMatch(CHINESE)
  })

  it('reports every broken field at once', () => {
    const errors = errorsOf({ method: 'x', amountFen: 0 })
    expect(errors.map((e) => e.field).sort()).toEqual(
      ['amountFen', 'arrival', 'cause', 'method', 'recipient', 'sentAt'].sort(),
    )
  })

  it.each([null, undefined, 'case', 42, [], [makeCase()]])('rejects %p as a whole', (raw) => {
    const errors = errorsOf(raw)
    expect(errors).toHaveLength(1)
    expect(errors[0].field).toBe('')
    expect(errors[0].message).toMatch(CHINESE)
  })

  it('does not throw when reading the input throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom')
        },
        ownKeys() {
          throw new Error('boom')
        },
      },
    )
    expect(() => parseTransferCase(hostile, NOW)).not.toThrow()
    expect(parseTransferCase(hostile, NOW).ok).toBe(false)
  })
})

describe('parseTransferCase boundaries', () => {
  it.each([
    ['sentAt exactly now + 5 min', makeCase({ sentAt: NOW + CLOCK_SKEW })],
    ['amount 1 fen', makeCase({ amountFen: 1 })],
    [
      'acceptedAt equal to sentAt',
      makeCase({ recipient: 'accepted', sentAt: NOW - DAY, acceptedAt: NOW - DAY }),
    ],
    [
      'acceptedAt 1 ms before sentAt + 24 h',
      makeCase({ recipient: 'accepted', sentAt: NOW - 2 * DAY, acceptedAt: NOW - DAY - 1 }),
    ],
    [
      'acceptedAt exactly now + 5 min',
      makeCase({ recipient: 'accepted', sentAt: NOW, acceptedAt: NOW + CLOCK_SKEW }),
    ],
  ])('accepts %s', (_name, c) => {
    expect(parseTransferCase(c, NOW)).toEqual({ ok: true, value: c })
  })
})

describe('acceptedBy: the moment by which the user knew the recipient had accepted', () => {
  const sentAt = NOW - 3 * DAY
  const accepted = { sentAt, recipient: 'accepted' as const, arrival: 'delay2h' as const }

  it('is kept on an accepted chat transfer, even when seen days later', () => {
    for (const acceptedBy of [sentAt, sentAt + 1000, sentAt + 2 * DAY, NOW, NOW + CLOCK_SKEW]) {
      const c = makeCase({ ...accepted, acceptedBy })
      expect(parseTransferCase(c, NOW)).toEqual({ ok: true, value: c })
    }
  })

  it.each([
    ['on a phone transfer', makeCase({ method: 'phone', ...accepted, acceptedBy: NOW })],
    ['while pending', makeCase({ sentAt, recipient: 'pending', acceptedBy: NOW })],
    ['when returned', makeCase({ sentAt, recipient: 'returned', acceptedBy: NOW })],
    ['when unknown', makeCase({ sentAt, recipient: 'unknown', acceptedBy: NOW })],
    ['next to acceptedAt', makeCase({ ...accepted, acceptedAt: sentAt + 1000, acceptedBy: NOW })],
    ['before sentAt', makeCase({ ...accepted, acceptedBy: sentAt - 1 })],
    [
      'later than now (beyond the skew)',
      makeCase({ ...accepted, acceptedBy: NOW + CLOCK_SKEW + 1 }),
    ],
    ['not a time', { ...makeCase(accepted), acceptedBy: 'yesterday' }],
    ['negative', { ...makeCase(accepted), acceptedBy: -1 }],
  ])('is rejected %s, on field acceptedBy, in Chinese', (_name, raw) => {
    const errors = errorsOf(raw)
    const mine = errors.find((e) => e.field === 'acceptedBy')
    expect(mine?.message).toMatch(CHINESE)
  })

  it('a stored case without acceptedAt and acceptedBy loads unchanged', () => {
    const c = makeCase({ ...accepted })
    expect(parseTransferCase(c, NOW)).toEqual({ ok: true, value: c })
  })
})
