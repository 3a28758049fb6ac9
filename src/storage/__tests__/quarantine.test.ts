import { createMemoryKV, type KV } from '../kv'
import { INLINE_CHARS, PART_CHARS, rawText } from '../quarantine'
import { openStore } from '../store'
import { countingKV, dump, envelope, fixedClock, storedCase, T0 } from './fixtures'

/** Every tr:aside key's raw value. */
const asideKeys = (kv: KV) => kv.keys().filter((k) => k.startsWith('tr:aside:'))

/** A case whose amount is text: unreadable, as the hostile test stored it. */
const textAmount = (id: string) =>
  envelope(storedCase(id, { transfer: { ...storedCase(id).transfer, amountFen: '520' } }))

describe('quarantine', () => {
  test('25 unreadable cases at once: all 25 kept in full, no cap deletes any', () => {
    const initial: Record<string, unknown> = {}
    for (let i = 0; i < 25; i++) initial[`tr:case:bad${i}`] = textAmount(`bad${i}`)
    const kv = createMemoryKV(initial)
    const store = openStore(kv, fixedClock().now)
    expect(store.cases.list()).toEqual([])
    const entries = store.quarantined()
    expect(entries).toHaveLength(25)
    expect(store.quarantine.count()).toBe(25)
    for (let i = 0; i < 25; i++) {
      const entry = entries.find((e) => e.key === `tr:case:bad${i}`)
      expect(entry).toBeDefined()
      expect(store.quarantine.text(entry!.id)).toEqual({
        ok: true,
        text: rawText(initial[`tr:case:bad${i}`]),
      })
    }
    expect(kv.keys().filter((k) => k.startsWith('tr:case:'))).toEqual([])
    // A fresh store (the next launch) still sees all of them.
    expect(openStore(kv, fixedClock().now).quarantined()).toHaveLength(25)
  })

  test('newest first, one show after another, without limit', () => {
    const clock = fixedClock()
    const kv = createMemoryKV()
    for (let i = 0; i < 30; i++) {
      kv.set(`tr:case:bad${i}`, `broken ${i}`)
      openStore(kv, clock.now).cases.list()
      clock.advance(1000)
    }
    const entries = openStore(kv, clock.now).quarantined()
    expect(entries).toHaveLength(30)
    expect(entries[0]).toMatchObject({
      key: 'tr:case:bad29',
      preview: '"broken 29"',
      at: T0 + 29_000,
    })
    expect(entries[29]).toMatchObject({ key: 'tr:case:bad0', at: T0 })
  })

  test('one damaged entry never costs the others, and lists with its own raw text', () => {
    const kv = createMemoryKV()
    for (let i = 0; i < 21; i++) kv.set(`tr:case:bad${i}`, `broken ${i}`)
    openStore(kv, fixedClock().now).cases.list()
    const [first, second] = asideKeys(kv)
    // A hand-edited entry: its time is text, and another is not even an envelope.
    const damaged = kv.get(first) as { v: number; data: Record<string, unknown> }
    kv.set(first, { ...damaged, data: { ...damaged.data, at: 'yesterday' } })
    kv.set(second, 'garbage{')

    const store = openStore(kv, fixedClock().now)
    const entries = store.quarantined()
    expect(entries).toHaveLength(21)
    const edited = entries.find((e) => e.id === first.slice('tr:aside:'.length))!
    expect(edited.at).toBeUndefined()
    expect(edited.key).toMatch(/^tr:case:bad/)
    const broken = entries.find((e) => e.id === second.slice('tr:aside:'.length))!
    expect(broken.key).toBe(second)
    expect(store.quarantine.text(broken.id)).toEqual({ ok: true, text: '"garbage{"' })
    // Reading never rewrote them.
    expect(kv.get(second)).toBe('garbage{')
  })

  test('a failed read of the list writes nothing and leaves the bad value in its key', () => {
    const inner = createMemoryKV({ 'tr:case:bad': 'broken' })
    openStore(inner, fixedClock().now).cases.list()
    expect(asideKeys(inner)).toHaveLength(1)
    inner.set('tr:case:bad2', 'broken too')
    const before = dump(inner)

    let failing = true
    const kv: KV = {
      ...inner,
      get: (key) => {
        if (failing && key.startsWith('tr:aside:')) throw new Error('getStorageSync:fail')
        return inner.get(key)
      },
    }
    const store = openStore(kv, fixedClock().now)
    expect(store.cases.list()).toEqual([])
    expect(store.quarantine.readFailed()).toBe(true)
    expect(store.quarantine.stuck()).toEqual([
      { key: 'tr:case:bad2', reason: expect.stringMatching(/没有删除/) },
    ])
    expect(dump(inner)).toEqual(before)

    // Later, storage reads again: now it is set aside next to the earlier entry.
    failing = false
    store.refresh()
    store.cases.list()
    expect(
      store
        .quarantined()
        .map((e) => e.key)
        .sort(),
    ).toEqual(['tr:case:bad', 'tr:case:bad2'])
    expect(inner.get('tr:case:bad2')).toBeUndefined()
  })

  test('when the entry cannot be written (storage full) the source stays and it says so', () => {
    const counting = countingKV(createMemoryKV({ 'tr:case:bad': 'broken' }))
    counting.failNextSets(1)
    const store = openStore(counting.kv, fixedClock().now)
    expect(store.cases.list()).toEqual([])
    expect(counting.inner.get('tr:case:bad')).toBe('broken')
    expect(store.quarantined()).toEqual([])
    expect(store.quarantine.stuck()).toEqual([
      { key: 'tr:case:bad', reason: expect.stringMatching(/存储空间不足.*没有删除/) },
    ])
    // Next show, storage works again: now it is moved.
    store.refresh()
    store.cases.list()
    expect(store.quarantined()).toHaveLength(1)
    expect(store.quarantine.stuck()).toEqual([])
    expect(counting.inner.get('tr:case:bad')).toBeUndefined()
  })

  test('a large value is kept whole, in parts each far below 1 MB', () => {
    const big = { v: 1, data: { id: 'big', note: '中'.repeat(250_000), tail: 'end😀' } }
    const kv = createMemoryKV({ 'tr:case:big': big })
    const store = openStore(kv, fixedClock().now)
    store.cases.list()
    const [entry] = store.quarantined()
    const text = rawText(big)
    expect(text.length).toBeGreaterThan(INLINE_CHARS)
    expect(entry.chars).toBe(text.length)
    expect(entry.preview.length).toBeLessThan(300)
    expect(store.quarantine.text(entry.id)).toEqual({ ok: true, text })
    const parts = kv.keys().filter((k) => k.startsWith('tr:aside-part:'))
    expect(parts).toHaveLength(Math.ceil(text.length / PART_CHARS))
    for (const key of [...parts, ...asideKeys(kv)]) {
      expect(Buffer.byteLength(JSON.stringify(kv.get(key)))).toBeLessThan(900 * 1024)
    }
    // Read again from storage, as after a restart.
    const again = openStore(kv, fixedClock().now)
    expect(again.quarantine.text(again.quarantined()[0].id)).toEqual({ ok: true, text })
  })

  test('a large value that does not fit leaves no half copy behind', () => {
    const big = 'x'.repeat(3 * PART_CHARS)
    const counting = countingKV(createMemoryKV({ 'tr:case:big': big }))
    const store = openStore(counting.kv, fixedClock().now)
    // The first part is written, the second fails.
    let writes = 0
    const set = counting.inner.set
    counting.inner.set = (key, value) => {
      if (++writes === 2) throw new Error('setStorageSync:fail exceed storage max size 10MB')
      set(key, value)
    }
    store.cases.list()
    counting.inner.set = set
    expect(dump(counting.inner)).toEqual({ 'tr:case:big': big })
    expect(store.quarantine.stuck()).toHaveLength(1)
  })

  test('a source key that could not be removed is not copied twice', () => {
    const inner = createMemoryKV({ 'tr:case:bad': 'broken' })
    let removing = false
    const kv: KV = {
      ...inner,
      remove: (key) => {
        if (!removing) throw new Error('removeStorageSync:fail')
        inner.remove(key)
      },
    }
    openStore(kv, fixedClock().now).cases.list()
    expect(inner.get('tr:case:bad')).toBe('broken')
    removing = true
    const store = openStore(kv, fixedClock().now)
    store.cases.list()
    expect(store.quarantined()).toHaveLength(1)
    expect(inner.get('tr:case:bad')).toBeUndefined()
  })

  test('copy and delete one entry; the others stay', () => {
    const big = 'y'.repeat(2 * PART_CHARS)
    const kv = createMemoryKV({ 'tr:case:a': 'broken a', 'tr:case:big': big })
    const store = openStore(kv, fixedClock().now)
    store.cases.list()
    const bigEntry = store.quarantined().find((e) => e.key === 'tr:case:big')!
    expect(store.quarantine.remove(bigEntry.id)).toEqual({ ok: true })
    expect(store.quarantined().map((e) => e.key)).toEqual(['tr:case:a'])
    expect(kv.keys().filter((k) => k.startsWith('tr:aside'))).toHaveLength(1)
    expect(store.quarantine.text(bigEntry.id).ok).toBe(false)
    store.refresh()
    expect(store.quarantined().map((e) => e.key)).toEqual(['tr:case:a'])
  })

  test('entries returned are copies', () => {
    const kv = createMemoryKV({ 'tr:case:bad': 'broken' })
    const store = openStore(kv, fixedClock().now)
    store.cases.list()
    store.quarantined()[0].reason = 'changed'
    expect(store.quarantined()[0].reason).not.toBe('changed')
  })
})

describe('quarantine written by the previous version (one tr:quarantine list)', () => {
  const old = (i: number) => ({
    key: `tr:case:old${i}`,
    at: T0 - i * 1000,
    reason: `原因 ${i}`,
    raw: `"broken ${i}"`,
  })

  test('every entry loads and moves to its own key; the old list is removed', () => {
    const list = Array.from({ length: 20 }, (_, i) => old(i))
    const kv = createMemoryKV({ 'tr:quarantine': envelope(list) })
    const store = openStore(kv, fixedClock(T0 + 60_000).now)
    const entries = store.quarantined()
    expect(entries.map((e) => ({ key: e.key, at: e.at, reason: e.reason }))).toEqual(
      list.map(({ key, at, reason }) => ({ key, at, reason })),
    )
    expect(store.quarantine.text(entries[3].id)).toEqual({ ok: true, text: '"broken 3"' })
    expect(kv.get('tr:quarantine')).toBeUndefined()
    expect(asideKeys(kv)).toHaveLength(20)
    expect(openStore(kv, fixedClock().now).quarantined()).toHaveLength(20)
  })

  test('a bad item in the old list costs only itself', () => {
    const list = [old(0), { key: 'tr:case:odd', at: 'yesterday', reason: 'x', raw: '"y"' }, old(2)]
    const kv = createMemoryKV({ 'tr:quarantine': envelope(list) })
    const store = openStore(kv, fixedClock().now)
    const entries = store.quarantined()
    expect(entries).toHaveLength(3)
    const odd = entries.find((e) => e.key === 'tr:quarantine')!
    expect(store.quarantine.text(odd.id)).toEqual({ ok: true, text: rawText(list[1]) })
  })

  test('an old list that is not a list at all is kept whole as one entry', () => {
    const kv = createMemoryKV({ 'tr:quarantine': envelope([{ key: 1 }], 7) })
    const store = openStore(kv, fixedClock().now)
    const entries = store.quarantined()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ key: 'tr:quarantine', at: T0 })
    expect(store.quarantine.text(entries[0].id)).toEqual({
      ok: true,
      text: JSON.stringify({ v: 7, data: [{ key: 1 }] }),
    })
  })

  test('when the move cannot be written, the old list stays and it says so', () => {
    const list = [old(0), old(1)]
    const counting = countingKV(createMemoryKV({ 'tr:quarantine': envelope(list) }))
    counting.failNextSets(1)
    const store = openStore(counting.kv, fixedClock().now)
    store.quarantined()
    expect(counting.inner.get('tr:quarantine')).toEqual(envelope(list))
    expect(store.quarantine.stuck().map((s) => s.key)).toEqual(['tr:quarantine'])
    store.refresh()
    expect(store.quarantined()).toHaveLength(2)
    expect(counting.inner.get('tr:quarantine')).toBeUndefined()
  })
})
