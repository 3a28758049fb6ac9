import { useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { appStore, type Store } from '../storage'

let refreshedThisTurn = false

/**
 * Drops the store's cache once per page show, however many useStored hooks the page has: they all
 * initialise (or see onShow) in the same synchronous turn, and the later ones read the fresh cache.
 */
function refreshOnce(store: Store) {
  if (refreshedThisTurn) return
  refreshedThisTurn = true
  store.refresh()
  Promise.resolve().then(() => {
    refreshedThisTurn = false
  })
}

/**
 * Reads from storage once per page show, never per render or tick (FACTS M2: heavy synchronous reads are slow): the first read happens while the page mounts,
 * every later show (coming back from another page or from the background) refreshes the store's
 * cache and reads again. Writes go through `store` and are followed by `reload()`.
 */
export function useStored<T>(read: (store: Store) => T) {
  const store = appStore()
  const readRef = useRef(read)
  readRef.current = read
  const firstShow = useRef(true)
  const [value, setValue] = useState<T>(() => {
    refreshOnce(store)
    return read(store)
  })

  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false
      return
    }
    refreshOnce(store)
    setValue(readRef.current(store))
  })

  const reload = () => setValue(readRef.current(store))
  return { value, store, reload }
}
