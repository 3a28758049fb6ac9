import Taro from '@tarojs/taro'
import { resetMockStorage } from '../../../test/mocks/taro'
import { openStore } from '../store'
import { createTaroKV } from '../taro-kv'
import { fixedClock, transfer } from './fixtures'

beforeEach(() => resetMockStorage())

describe('createTaroKV over WeChat storage (jest mock)', () => {
  test("a missing key, which WeChat reads as '', comes back undefined", () => {
    expect(Taro.getStorageSync('tr:nothing')).toBe('')
    expect(createTaroKV().get('tr:nothing')).toBeUndefined()
  })

  test('set, get, keys and remove go through Taro storage', () => {
    const kv = createTaroKV()
    kv.set('tr:a', { v: 1, data: [1] })
    Taro.setStorageSync('other-app', 'x')
    expect(kv.get('tr:a')).toEqual({ v: 1, data: [1] })
    expect(kv.keys().sort()).toEqual(['other-app', 'tr:a'])
    kv.remove('tr:a')
    expect(kv.get('tr:a')).toBeUndefined()
    expect(Taro.getStorageSync('other-app')).toBe('x')
  })

  test('the store over Taro storage: a failing setStorageSync is a result, not a crash', () => {
    const store = openStore(createTaroKV(), fixedClock().now)
    expect(store.settings.set({ largeText: true }).ok).toBe(true)
    ;(Taro.setStorageSync as unknown as jest.Mock).mockImplementationOnce(() => {
      throw new Error('setStorageSync:fail exceed storage max size 10MB')
    })
    expect(store.cases.save({ transfer: transfer() }).ok).toBe(false)
    expect(store.cases.save({ transfer: transfer() }).ok).toBe(true)
    Taro.setStorageSync('other-app', 'x')
    store.clearAll()
    expect(Taro.getStorageInfoSync().keys).toEqual(['other-app'])
  })
})
