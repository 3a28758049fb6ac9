import { HOUR } from '../../domain/time'
import { createMemoryKV } from '../kv'
import { rawText } from '../quarantine'
import { openStore } from '../store'
import { countingKV, envelope, fixedClock, storedCase, T0, transfer } from './fixtures'

/** Another app's keys (and look-alikes of our prefix) sharing the storage. */
const FOREIGN = {
  'other-app:session': { token: 'keep-me' },
  trx: 'not ours either',
  'TR:case:x': 'upper case is another prefix',
}

/** Valid data around every bad value: the bad one must never hide these. */
const GOOD = {
  'tr:case:good1': envelope(storedCase('good1')),
  'tr:case:good2': envelope(storedCase('good2', { createdAt: T0 - HOUR, updatedAt: T0 - HOUR })),
  'tr:settings': envelope({ largeText: true }),
  'tr:checklist:good1': envelope(['call-110', 'screenshot']),
  'tr:prevention': envelope(['delay-arrival']),
  'tr:details:good1': envelope({ recipientName: '张*' }),
}

interface Bad {
  kind: string
  key: string
  raw: unknown
  reason: RegExp
}

const BAD: Bad[] = [
  { kind: 'empty string', key: 'tr:case:e1', raw: '', reason: /为空/ },
  { kind: 'null', key: 'tr:case:n1', raw: null, reason: /null/ },
  { kind: 'a number', key: 'tr:case:n2', raw: 42, reason: /number/ },
  { kind: 'a boolean as settings', key: 'tr:settings', raw: true, reason: /boolean/ },
  {
    kind: 'truncated JSON text',
    key: 'tr:case:t1',
    raw: JSON.stringify(envelope(storedCase('t1'))).slice(0, 40),
    reason: /截断/,
  },
  { kind: 'an array where an object belongs', key: 'tr:settings', raw: [true], reason: /列表/ },
  {
    kind: 'a case missing fields',
    key: 'tr:case:m1',
    raw: envelope({ id: 'm1', transfer: transfer() }),
    reason: /createdAt/,
  },
  {
    kind: 'a future version',
    key: 'tr:case:f1',
    raw: envelope(storedCase('f1'), 2),
    reason: /版本 2/,
  },
  {
    kind: 'an absurd amount',
    key: 'tr:case:a1',
    raw: envelope(storedCase('a1', { transfer: transfer({ amountFen: 1e15 }) })),
    reason: /金额过大/,
  },
  {
    kind: 'a transfer sent in the future',
    key: 'tr:case:s1',
    raw: envelope(storedCase('s1', { transfer: transfer({ sentAt: T0 + 3 * HOUR }) })),
    reason: /晚于现在/,
  },
  {
    kind: 'a huge string',
    key: 'tr:case:h1',
    raw: '中'.repeat(400_000),
    reason: /截断/,
  },
  {
    kind: 'a duplicated id (copy of good1 under another key)',
    key: 'tr:case:dup',
    raw: envelope(storedCase('good1')),
    reason: /重复/,
  },
  {
    kind: 'a key whose id is not allowed',
    key: 'tr:case:bad id!',
    raw: envelope(storedCase('bad id!')),
    reason: /编号/,
  },
  {
    kind: 'an envelope without a version',
    key: 'tr:prevention',
    raw: { data: ['delay-arrival'] },
    reason: /版本/,
  },
  {
    kind: 'a checklist that is not a list',
    key: 'tr:checklist:good1',
    raw: envelope('call-110'),
    reason: /结构/,
  },
  {
    kind: 'report details over the length bound',
    key: 'tr:details:good1',
    raw: envelope({ recipientName: '名'.repeat(5000) }),
    reason: /recipientName/,
  },
  {
    kind: 'a label far over its bound',
    key: 'tr:case:l1',
    raw: envelope(storedCase('l1', { label: 'x'.repeat(10_000) })),
    reason: /label/,
  },
]

function readEverything(store: ReturnType<typeof openStore>) {
  return {
    cases: store.cases.list().map((c) => c.id),
    settings: store.settings.get(),
    checklist: store.checklist.get('good1'),
    prevention: store.prevention.get(),
    details: store.reportDetails.get('good1'),
  }
}

describe('corruption: one bad value never hides the others', () => {
  test('at least 12 kinds of bad data are covered', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(12)
  })

  test.each(BAD)('$kind', ({ key, raw, reason }) => {
    const clock = fixedClock()
    const kv = createMemoryKV({ ...FOREIGN, ...GOOD, [key]: raw })
    const store = openStore(kv, clock.now)

    let seen: ReturnType<typeof readEverything> | undefined
    expect(() => (seen = readEverything(store))).not.toThrow()

    // Everything valid is still there; the bad key's own area falls back to empty/default.
    const replaced = (k: string) => k === key
    expect(seen?.cases).toEqual(['good2', 'good1'].filter((id) => !replaced(`tr:case:${id}`)))
    expect(seen?.settings).toEqual({ largeText: !replaced('tr:settings') })
    expect(seen?.checklist).toEqual(
      replaced('tr:checklist:good1') ? [] : ['call-110', 'screenshot'],
    )
    expect(seen?.prevention).toEqual(replaced('tr:prevention') ? [] : ['delay-arrival'])
    expect(seen?.details).toEqual(replaced('tr:details:good1') ? {} : { recipientName: '张*' })

    // The bad value is set aside with a reason and its raw text, and removed from its key.
    const quarantined = store.quarantined()
    expect(quarantined).toHaveLength(1)
    expect(quarantined[0]).toMatchObject({ key, at: T0 })
    expect(quarantined[0].reason).toMatch(reason)
    expect(quarantined[0].preview.length).toBeGreaterThan(0)
    expect(store.quarantine.text(quarantined[0].id)).toEqual({ ok: true, text: rawText(raw) })
    expect(kv.keys()).not.toContain(key)

    // Another app's keys are untouched.
    for (const [k, v] of Object.entries(FOREIGN)) expect(kv.get(k)).toEqual(v)

    // Reading again (fresh store, as after a restart) finds nothing new to set aside.
    const again = openStore(kv, clock.now)
    expect(readEverything(again)).toEqual(seen)
    expect(again.quarantined()).toHaveLength(1)
  })

  test('all bad values at once: every one set aside, all good data kept', () => {
    const kv = createMemoryKV({ ...FOREIGN, ...GOOD })
    const bad = BAD.filter((b) => !(b.key in GOOD))
    for (const b of bad) kv.set(b.key, b.raw)
    const store = openStore(kv, fixedClock().now)
    expect(store.cases.list().map((c) => c.id)).toEqual(['good2', 'good1'])
    expect(store.settings.get()).toEqual({ largeText: true })
    expect(
      store
        .quarantined()
        .map((q) => q.key)
        .sort(),
    ).toEqual(bad.map((b) => b.key).sort())
    for (const [k, v] of Object.entries(FOREIGN)) expect(kv.get(k)).toEqual(v)
  })

  test('a write that throws: no throw, ok:false in Chinese, previous value intact', () => {
    const counting = countingKV(createMemoryKV({ ...FOREIGN, ...GOOD }))
    const store = openStore(counting.kv, fixedClock().now)
    counting.failNextSets(5)
    const results = [
      store.settings.set({ largeText: false }),
      store.cases.save({ id: 'good1', label: '改名', transfer: transfer({ amountFen: 1 }) }),
      store.cases.save({ transfer: transfer() }),
      store.checklist.set('good1', []),
      store.prevention.set([]),
    ]
    for (const result of results) {
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toMatch(/保存失败/)
    }
    store.refresh()
    expect(readEverything(store)).toEqual({
      cases: ['good2', 'good1'],
      settings: { largeText: true },
      checklist: ['call-110', 'screenshot'],
      prevention: ['delay-arrival'],
      details: { recipientName: '张*' },
    })
    expect(store.cases.get('good1')?.transfer.amountFen).toBe(52_000)
    for (const [k, v] of Object.entries(FOREIGN)) expect(counting.inner.get(k)).toEqual(v)
  })

  test('a KV whose reads throw reads as empty, never as a crash', () => {
    const kv = createMemoryKV(GOOD)
    const broken = {
      ...kv,
      get: () => {
        throw new Error('getStorageSync:fail')
      },
      keys: () => {
        throw new Error('getStorageInfoSync:fail')
      },
    }
    const store = openStore(broken, fixedClock().now)
    expect(readEverything(store)).toEqual({
      cases: [],
      settings: { largeText: false },
      checklist: [],
      prevention: [],
      details: {},
    })
    expect(store.quarantined()).toEqual([])
    // The pages can tell "could not be read" from "there is none".
    expect(store.cases.readFailed()).toBe(true)
    expect(store.quarantine.readFailed()).toBe(true)
    // Nothing was lost: the data is still in storage for a later, working read.
    expect(kv.get('tr:case:good1')).toEqual(GOOD['tr:case:good1'])
  })
})
