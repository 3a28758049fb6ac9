import { createMemoryKV } from '../kv'
import { openStore } from '../store'
import { envelope, fixedClock } from './fixtures'

const open = () => {
  const kv = createMemoryKV()
  return { kv, store: openStore(kv, fixedClock().now) }
}

describe('checklist and prevention', () => {
  test('set stores done item ids without duplicates; get defaults to []', () => {
    const { kv, store } = open()
    expect(store.checklist.get('mistaken')).toEqual([])
    expect(store.checklist.set('mistaken', ['a', 'b', 'a'])).toEqual({ ok: true, done: ['a', 'b'] })
    expect(openStore(kv, fixedClock().now).checklist.get('mistaken')).toEqual(['a', 'b'])
    expect(store.prevention.set(['delay-arrival'])).toEqual({ ok: true, done: ['delay-arrival'] })
    expect(openStore(kv, fixedClock().now).prevention.get()).toEqual(['delay-arrival'])
  })

  test('a bad scope or item id is refused, never thrown', () => {
    const { kv, store } = open()
    expect(store.checklist.set('../x', ['a']).ok).toBe(false)
    expect(store.checklist.set('ok', ['has space']).ok).toBe(false)
    expect(store.checklist.set('ok', 'a' as unknown as string[]).ok).toBe(false)
    expect(store.checklist.get('../x')).toEqual([])
    expect(kv.keys()).toEqual([])
  })

  test('returned lists are copies', () => {
    const { store } = open()
    store.prevention.set(['a'])
    store.prevention.get().push('b')
    expect(store.prevention.get()).toEqual(['a'])
  })
})

describe('report details', () => {
  test('stores the bounded shape, drops empty fields, replaces on set', () => {
    const { kv, store } = open()
    expect(store.reportDetails.get('c1')).toEqual({})
    expect(
      store.reportDetails.set('c1', {
        recipientName: '李*明',
        recipientWechatId: '',
      }),
    ).toEqual({ ok: true, details: { recipientName: '李*明' } })
    store.reportDetails.set('c1', { transactionId: '4200001234202505011234567890' })
    expect(openStore(kv, fixedClock().now).reportDetails.get('c1')).toEqual({
      transactionId: '4200001234202505011234567890',
    })
  })

  test('details saved by earlier versions load: old bounds fit, an unknown field is dropped', () => {
    const old = {
      recipientName: '名'.repeat(50),
      recipientWechatId: 'w'.repeat(64),
      transactionId: '4'.repeat(64),
      account: '6222',
      story: '经'.repeat(500),
    }
    // Written as the earlier version's storage wrote it: the same key and envelope.
    const kv = createMemoryKV({ 'tr:details:c1': envelope(old) })
    const loaded = openStore(kv, fixedClock().now).reportDetails.get('c1')
    const { account: dropped, ...rest } = old
    expect(dropped).toBe('6222')
    expect(loaded).toEqual(rest)
  })

  test('too long or wrong types are refused', () => {
    const { store } = open()
    expect(store.reportDetails.set('c1', { recipientName: '名'.repeat(81) }).ok).toBe(false)
    expect(store.reportDetails.set('c1', { story: 123 as unknown as string }).ok).toBe(false)
    expect(store.reportDetails.set('bad scope', {}).ok).toBe(false)
  })
})

describe('settings', () => {
  test('largeText defaults to false; set merges', () => {
    const { kv, store } = open()
    expect(store.settings.get()).toEqual({ largeText: false })
    expect(store.settings.set({ largeText: true })).toEqual({
      ok: true,
      settings: { largeText: true },
    })
    expect(store.settings.set({})).toEqual({ ok: true, settings: { largeText: true } })
    expect(openStore(kv, fixedClock().now).settings.get()).toEqual({ largeText: true })
  })

  test('unknown or mistyped settings are refused', () => {
    const { store } = open()
    expect(store.settings.set({ largeText: 'yes' } as unknown as { largeText: boolean }).ok).toBe(
      false,
    )
    expect(store.settings.set({ darkMode: true } as unknown as { largeText: boolean }).ok).toBe(
      false,
    )
  })

  test('an older settings value without a newer field reads its default', () => {
    const kv = createMemoryKV({ 'tr:settings': { v: 1, data: {} } })
    expect(openStore(kv, fixedClock().now).settings.get()).toEqual({ largeText: false })
  })
})
