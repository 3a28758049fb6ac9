import { preventionProgress } from '../domain'
import { toast } from '../platform/feedback'
import { useLargeTextSetter } from './use-large-text'
import { useStored } from './use-stored'

/**
 * What the prevention page keeps: the done-marks (tr:prevention) and 大字模式 (tr:settings), read
 * once per show. In Moments' single-page mode the storage is a separate, empty one, so the marks
 * simply start unticked (FACTS M3).
 */
export function usePreventionGuide() {
  const { value, store, reload } = useStored((s) => ({
    largeText: s.settings.get().largeText,
    done: s.prevention.get(),
  }))
  const setLargeText = useLargeTextSetter(store, reload)

  const toggleDone = (itemId: string) => {
    const next = value.done.includes(itemId)
      ? value.done.filter((id) => id !== itemId)
      : [...value.done, itemId]
    const saved = store.prevention.set(next)
    if (!saved.ok) toast(saved.error)
    reload()
  }

  return {
    largeText: value.largeText,
    done: value.done,
    progress: preventionProgress(value.done),
    toggleDone,
    setLargeText,
  }
}
