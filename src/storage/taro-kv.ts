import Taro from '@tarojs/taro'
import type { KV } from './kv'

/**
 * KV over WeChat storage. This is the only file that imports @tarojs/taro, so everything else in
 * the storage layer runs in plain node tests.
 */
export function createTaroKV(): KV {
  return {
    get(key) {
      // WeChat answers '' for a missing key (FACTS M2); the store never writes a bare ''.
      const value: unknown = Taro.getStorageSync(key)
      return value === '' ? undefined : value
    },
    set(key, value) {
      Taro.setStorageSync(key, value)
    },
    remove(key) {
      Taro.removeStorageSync(key)
    },
    keys() {
      return Taro.getStorageInfoSync().keys
    },
  }
}
