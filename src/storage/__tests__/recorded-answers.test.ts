// The answers of the hand-written validator the app read its data with before it moved to zod,
// recorded on inputs sampled from random transfers, stored records and writes (every way a value
// could be wrong, one input per distinct answer): what was accepted, what was set aside and why,
// what was written. The zod schemas must give the same answers, byte for byte. The messages are
// the words of src/content: when one is reworded on purpose, its recorded text is reworded with it,
// and nothing else (which field fails, what is accepted, set aside or written) may change.
import { parseTransferCase } from '../../domain/transfer-case'
import { createMemoryKV, openStore, type KV, type Store } from '..'
import { T0 } from './fixtures'
import recorded from './recorded/validator-answers.json'

const json = (value: unknown) => JSON.parse(JSON.stringify(value))
const now = () => T0

function dump(kv: KV) {
  return Object.fromEntries(
    kv
      .keys()
      .sort()
      .map((k) => [k, kv.get(k)]),
  )
}

function readAll(store: Store) {
  return {
    cases: store.cases.list(),
    settings: store.settings.get(),
    checklist: store.checklist.get('c1'),
    prevention: store.prevention.get(),
    details: store.reportDetails.get('c1'),
    aside: store.quarantined(),
    stuck: store.quarantine.stuck(),
  }
}

test.each(recorded.cases.map((c, i) => [i, c] as const))(
  'transfer %i: the same value or the same messages',
  (_, { input, result }) => {
    expect(json(parseTransferCase(input, T0))).toStrictEqual(result)
  },
)

test.each(recorded.reads.map((r, i) => [i, r] as const))(
  'stored values %i: read, set aside and rewritten as before',
  (_, { seed, read, kv }) => {
    const memory = createMemoryKV(seed as Record<string, unknown>)
    expect(json(readAll(openStore(memory, now)))).toStrictEqual(read)
    expect(json(dump(memory))).toStrictEqual(kv)
  },
)

test.each(recorded.writes.map((w, i) => [i, w] as const))(
  'writes %i: accepted or refused as before, with the same messages',
  (_, { args, result }) => {
    const memory = createMemoryKV()
    const store = openStore(memory, now)
    const [settings, checklist, prevention, details, input] = args as never[]
    const got = {
      settings: store.settings.set(settings),
      checklist: store.checklist.set('c1', checklist),
      prevention: store.prevention.set(prevention),
      details: store.reportDetails.set('c1', details),
      case: store.cases.save(input),
      kv: dump(memory),
    }
    expect(json(got)).toStrictEqual(result)
  },
)

test('the answers cover acceptance and refusal of every kind of input', () => {
  expect(recorded.cases.filter((c) => c.result.ok).length).toBeGreaterThan(0)
  expect(recorded.cases.filter((c) => !c.result.ok).length).toBeGreaterThan(50)
  const reasons = new Set(recorded.reads.flatMap((r) => r.read.aside.map((e) => e.reason)))
  expect(reasons.size).toBeGreaterThan(20)
  expect(recorded.reads.filter((r) => r.read.cases.length).length).toBeGreaterThan(0)
  expect(recorded.writes.filter((w) => w.result.case.ok).length).toBeGreaterThan(0)
})

describe('values that only look like records are refused, as before', () => {
  const valid = {
    method: 'chat',
    sentAt: T0 - 60_000,
    amountFen: 52_000,
    arrival: 'instant',
    recipient: 'pending',
    cause: 'mistaken',
  }
  class Thing {}
  const lookalikes: Array<[string, unknown]> = [
    ['a Date', new Date(T0)],
    ['a Map', new Map(Object.entries(valid))],
    ['a Set', new Set(['chat'])],
    ['a promise', Promise.resolve(valid)],
  ]

  test.each(lookalikes)('%s is no transfer, and no settings or report details', (_, value) => {
    const store = openStore(createMemoryKV(), now)
    expect(parseTransferCase(value, T0).ok).toBe(false)
    expect(store.cases.save({ transfer: value as never }).ok).toBe(false)
    expect(store.settings.set(value as never).ok).toBe(false)
    expect(store.reportDetails.set('c1', value as never).ok).toBe(false)
  })

  test('a class instance or an inherited field reads as the record it shows', () => {
    expect(parseTransferCase(Object.assign(new Thing(), valid), T0).ok).toBe(true)
    expect(parseTransferCase(Object.create(valid), T0)).toEqual({ ok: true, value: valid })
  })
})
