import { openStore, type Store } from './store'
import { createTaroKV } from './taro-kv'

let shared: Store | undefined

/**
 * The one store over WeChat storage that every page shares, so a write on one page is seen by the
 * others' cache too. Opened on first use: importing this costs nothing at launch.
 */
export function appStore(): Store {
  if (!shared) shared = openStore(createTaroKV(), () => Date.now())
  return shared
}
