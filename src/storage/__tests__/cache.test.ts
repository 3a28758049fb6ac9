import { createMemoryKV } from '../kv'
import { openStore } from '../store'
import { countingKV, envelope, fixedClock, storedCase, transfer } from './fixtures'

const seeded = () =>
  countingKV(
    createMemoryKV({
      'tr:case:a': envelope(storedCase('a')),
      'tr:case:b': envelope(storedCase('b')),
      'tr:settings': envelope({ largeText: true }),
      'tr:checklist:a': envelope(['x']),
    }),
  )

describe('one read per page show', () => {
  test('opening the store reads nothing', () => {
    const counting = seeded()
    openStore(counting.kv, fixedClock().now)
    expect(counting.reads()).toBe(0)
  })

  test('repeated list/get/settings/checklist reads hit storage once', () => {
    const counting = seeded()
    const store = openStore(counting.kv, fixedClock().now)
    store.cases.list()
    store.settings.get()
    store.checklist.get('a')
    store.checklist.get('none')
    const afterFirst = counting.reads()
    // keys() once, two cases, settings, two checklists
    expect(afterFirst).toBe(6)
    for (let i = 0; i < 5; i++) {
      store.cases.list()
      store.cases.get('a')
      store.cases.get('missing')
      store.settings.get()
      store.checklist.get('a')
      store.checklist.get('none')
    }
    expect(counting.reads()).toBe(afterFirst)
  })

  test('writes keep the cache current without re-reading', () => {
    const counting = seeded()
    const store = openStore(counting.kv, fixedClock().now)
    store.cases.list()
    store.settings.get()
    const reads = counting.reads()
    const saved = store.cases.save({ transfer: transfer() })
    store.settings.set({ largeText: false })
    store.cases.remove('a')
    expect(store.cases.list().map((c) => c.id)).toEqual([saved.ok ? saved.case.id : '', 'b'])
    expect(store.settings.get()).toEqual({ largeText: false })
    expect(counting.reads()).toBe(reads)
  })

  test('refresh() reads again and sees changes made elsewhere', () => {
    const counting = seeded()
    const store = openStore(counting.kv, fixedClock().now)
    expect(store.cases.list()).toHaveLength(2)
    counting.inner.set('tr:case:c', envelope(storedCase('c')))
    expect(store.cases.list()).toHaveLength(2)
    store.refresh()
    const reads = counting.reads()
    expect(store.cases.list()).toHaveLength(3)
    expect(counting.reads()).toBe(reads + 4)
  })
})
