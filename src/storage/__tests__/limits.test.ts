import { utf8Length } from '../bytes'
import { MAX_VALUE_BYTES, writeEnvelope } from '../envelope'
import { createMemoryKV } from '../kv'
import { openStore } from '../store'
import { countingKV, envelope, fixedClock, transfer } from './fixtures'

describe('size limit and failing writes', () => {
  test('utf8Length counts bytes, not characters', () => {
    expect(utf8Length('abc')).toBe(3)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('转账')).toBe(6)
    expect(utf8Length('😀')).toBe(4)
    expect(utf8Length('\ud800')).toBe(3)
  })

  test('a value over 900 KB in UTF-8 is refused before writing, old value intact', () => {
    const counting = countingKV(createMemoryKV({ 'tr:x': envelope('old') }))
    // 310 000 Chinese characters: only 310 000 JS characters, but about 930 KB in UTF-8.
    const result = writeEnvelope(counting.kv, 'tr:x', '中'.repeat(310_000))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/900 KB/)
    expect(counting.counts.set).toBe(0)
    expect(counting.inner.get('tr:x')).toEqual(envelope('old'))
  })

  test('a value just under the limit is written', () => {
    const kv = createMemoryKV()
    const data = 'a'.repeat(MAX_VALUE_BYTES - 100)
    expect(writeEnvelope(kv, 'tr:x', data)).toEqual({ ok: true })
    expect(kv.get('tr:x')).toEqual(envelope(data))
  })

  test('oversized input through the store is refused with a message, never thrown', () => {
    const store = openStore(createMemoryKV(), fixedClock().now)
    const huge = '中'.repeat(400_000)
    expect(store.cases.save({ label: huge, transfer: transfer() }).ok).toBe(false)
    expect(store.reportDetails.set('case1', { recipientName: huge }).ok).toBe(false)
    expect(store.checklist.set('case1', [huge]).ok).toBe(false)
    expect(store.prevention.set(Array.from({ length: 50_000 }, (_, i) => `item${i}`)).ok).toBe(
      false,
    )
  })

  test('a write that throws keeps the previous case', () => {
    const counting = countingKV()
    const store = openStore(counting.kv, fixedClock().now)
    const saved = store.cases.save({ transfer: transfer() })
    if (!saved.ok) throw new Error(saved.error)
    counting.failNextSets(1)
    const result = store.cases.save({ ...saved.case, transfer: transfer({ amountFen: 1 }) })
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/没有变化/) })
    expect(store.cases.get(saved.case.id)?.transfer.amountFen).toBe(52_000)
    store.refresh()
    expect(store.cases.get(saved.case.id)?.transfer.amountFen).toBe(52_000)
  })

  test('clearAll removes every tr: key and leaves other keys alone', () => {
    const foreign = { 'other-app:session': { token: 't' }, trx: 1, tr: 2, 'TR:case:a': 3 }
    const kv = createMemoryKV(foreign)
    const store = openStore(kv, fixedClock().now)
    store.cases.save({ transfer: transfer() })
    store.settings.set({ largeText: true })
    store.checklist.set('scam', ['a'])
    store.prevention.set(['b'])
    store.reportDetails.set('scam', { recipientName: '李*明' })
    kv.set('tr:case:broken', 'x')
    store.refresh()
    store.cases.list()
    kv.set('tr:future-area', { v: 9 })

    const result = store.clearAll()
    expect(result).toEqual({ ok: true, removed: 7 })
    expect(Object.fromEntries(kv.keys().map((k) => [k, kv.get(k)]))).toEqual(foreign)
    expect(store.cases.list()).toEqual([])
    expect(store.settings.get()).toEqual({ largeText: false })
    expect(store.quarantined()).toEqual([])
  })

  test('clearAll reports keys it could not remove', () => {
    const inner = createMemoryKV({ 'tr:settings': envelope({ largeText: true }) })
    const kv = {
      ...inner,
      remove: () => {
        throw new Error('removeStorageSync:fail')
      },
    }
    const result = openStore(kv, fixedClock().now).clearAll()
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/没能删除/) })
  })
})
