import { useCallback } from 'react'
import type { Store } from '../storage'
import { toast } from '../platform/feedback'

/**
 * Saves the in-app 大字模式 (FACTS M6: on top of WeChat's own font size) and re-reads the page's
 * stored value so PageShell picks up the new --fs-scale. A refused write says so and leaves the
 * switch where the stored value is.
 */
export function useLargeTextSetter(store: Store, reload: () => void) {
  return useCallback(
    (largeText: boolean) => {
      const saved = store.settings.set({ largeText })
      if (!saved.ok) toast(saved.error)
      reload()
    },
    [store, reload],
  )
}
