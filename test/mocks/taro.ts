/**
 * Jest stand-in for @tarojs/taro (mapped in jest.config.js). Storage is a small in-memory copy of
 * WeChat's behaviour: values are stored as copies, a missing key reads as '' (FACTS M2), and a
 * value over 1 MB is refused. Everything is a jest.fn, so a test can make a call fail with
 * mockImplementationOnce. Add other APIs as plain jest.fn stubs when a page needs them.
 */
const storage = new Map<string, unknown>()
const ITEM_LIMIT_BYTES = 1024 * 1024

// No Buffer or TextEncoder: this file also runs in jest's jsdom environment.
function utf8Bytes(text: string): number {
  let bytes = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

const copy = (value: unknown) =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value))

export const getStorageSync = jest.fn((key: string): unknown =>
  storage.has(key) ? copy(storage.get(key)) : '',
)

export const setStorageSync = jest.fn((key: string, data: unknown): void => {
  const text = JSON.stringify(data) ?? ''
  if (utf8Bytes(text) > ITEM_LIMIT_BYTES) {
    throw new Error('setStorageSync:fail exceed storage item max length')
  }
  storage.set(key, copy(data))
})

export const removeStorageSync = jest.fn((key: string): void => {
  storage.delete(key)
})

export const clearStorageSync = jest.fn((): void => {
  storage.clear()
})

export const getStorageInfoSync = jest.fn(() => ({
  keys: [...storage.keys()],
  currentSize: Math.ceil(
    [...storage.values()].reduce<number>(
      (sum, value) => sum + utf8Bytes(JSON.stringify(value) ?? ''),
      0,
    ) / 1024,
  ),
  limitSize: 10 * 1024,
}))

/** Empties the fake storage between tests (not part of Taro). */
export function resetMockStorage(): void {
  storage.clear()
}

export const makePhoneCall = jest.fn(() => Promise.resolve({ errMsg: 'makePhoneCall:ok' }))
export const setClipboardData = jest.fn(() => Promise.resolve({ errMsg: 'setClipboardData:ok' }))
export const getCurrentPages = jest.fn(() => [])
export const getAppBaseInfo = jest.fn(() => ({ fontSizeSetting: 17 }))

// Lifecycle hooks: components under test are not inside a Taro page, so these do nothing.
export const useDidShow = jest.fn()
export const useDidHide = jest.fn()
export const useUnload = jest.fn()
export const useShareAppMessage = jest.fn()
export const useRouter = jest.fn(() => ({ params: {} }))

export const showToast = jest.fn()
export const showModal = jest.fn()
export const navigateTo = jest.fn()
export const redirectTo = jest.fn()
export const switchTab = jest.fn()
export const navigateBack = jest.fn()

const Taro = {
  makePhoneCall,
  setClipboardData,
  getCurrentPages,
  getAppBaseInfo,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  clearStorageSync,
  getStorageInfoSync,
  showToast,
  showModal,
  navigateTo,
  redirectTo,
  switchTab,
  navigateBack,
}

export default Taro
