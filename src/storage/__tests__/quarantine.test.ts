import { createMemoryKV } from '../kv'
import { QUARANTINE_CAP, RAW_PREVIEW_CHARS } from '../quarantine'
import { openStore } from '../store'
import { countingKV, envelope, fixedClock, T0 } from './fixtures'

describe('quarantine', () => {
  test(`keeps only the ${QUARANTINE_CAP} newest entries, newest first`, () => {
    const clock = fixedClock()
    const kv = createMemoryKV()
    for (let i = 0; i < 25; i++) {
      kv.set(`tr:case:bad${i}`, `broken ${i}`)
      const store = openStore(kv, clock.now)
      store.cases.list()
      clock.advance(1000)
    }
    const entries = openStore(kv, clock.now).quarantined()
    expect(entries).toHaveLength(QUARANTINE_CAP)
    expect(entries[0]).toMatchObject({ key: 'tr:case:bad24', raw: '"broken 24"', at: T0 + 24_000 })
    expect(entries[QUARANTINE_CAP - 1]).toMatchObject({ key: 'tr:case:bad5' })
    expect(kv.keys().filter((k) => k.startsWith('tr:case:'))).toEqual([])
  })

  test('the raw value is kept as text, truncated so the quarantine key stays small', () => {
    const huge = { v: 1, data: 'x'.repeat(1_000_000) }
    const kv = createMemoryKV({ 'tr:case:big': huge })
    const store = openStore(kv, fixedClock().now)
    store.cases.list()
    const [entry] = store.quarantined()
    expect(entry.raw.startsWith('{"v":1,"data":"xxx')).toBe(true)
    expect(entry.raw).toMatch(/已截断/)
    expect(entry.raw.length).toBeLessThan(RAW_PREVIEW_CHARS + 50)
    expect(JSON.stringify(kv.get('tr:quarantine')).length).toBeLessThan(5000)
  })

  test('when the quarantine cannot be written, the bad value stays where it was', () => {
    const counting = countingKV(createMemoryKV({ 'tr:case:bad': 'broken' }))
    counting.failNextSets(1)
    const store = openStore(counting.kv, fixedClock().now)
    expect(store.cases.list()).toEqual([])
    expect(counting.inner.get('tr:case:bad')).toBe('broken')
    expect(store.quarantined()).toEqual([])
    // Next show, storage works again: now it is moved.
    store.refresh()
    store.cases.list()
    expect(store.quarantined()).toHaveLength(1)
    expect(counting.inner.get('tr:case:bad')).toBeUndefined()
  })

  test('a damaged quarantine list is itself kept as one entry', () => {
    const kv = createMemoryKV({ 'tr:quarantine': envelope([{ key: 1 }]) })
    const store = openStore(kv, fixedClock().now)
    const entries = store.quarantined()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ key: 'tr:quarantine', at: T0 })
    expect(entries[0].raw).toContain('"key":1')
  })

  test('entries returned are copies', () => {
    const kv = createMemoryKV({ 'tr:case:bad': 'broken' })
    const store = openStore(kv, fixedClock().now)
    store.cases.list()
    store.quarantined()[0].reason = 'changed'
    expect(store.quarantined()[0].reason).not.toBe('changed')
  })
})
