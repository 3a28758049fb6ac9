import { confirm, toast } from '../platform/feedback'
import { copyText } from '../platform/phone'
import { useLargeTextSetter } from './use-large-text'
import { useStored } from './use-stored'
import { actionMessages as m } from '../content/messages'
import { phrases } from '../content/phrases'

/**
 * What the 依据与隐私 page shows about storage, read once per show, and 清除所有数据: asks first,
 * removes every `tr:` key (store.clearAll), says how it went, and re-reads so the page shows the
 * empty state (大字模式 goes back to off with the rest).
 */
export function useAboutData() {
  const { value, store, reload } = useStored((s) => {
    // Reading the other areas first lets anything unreadable be set aside before the list of
    // set-aside values is read, so this page shows it at once.
    const settings = s.settings.get()
    const caseCount = s.cases.list().length
    const preventionDone = s.prevention.get().length
    const quarantined = s.quarantine.list()
    return {
      largeText: settings.largeText,
      quarantined,
      // Values that could not be set aside and stay in their keys, and whether the list itself
      // could be read in full: the page says so rather than showing a short list as complete.
      stuck: s.quarantine.stuck(),
      quarantineReadFailed: s.quarantine.readFailed() || s.cases.readFailed(),
      summary: {
        caseCount,
        preventionDone,
        largeText: settings.largeText,
        quarantinedCount: quarantined.length,
      },
    }
  })
  const setLargeText = useLargeTextSetter(store, reload)

  const clearAll = async () => {
    const sure = await confirm(phrases.clearAll, m.clearText, m.clear)
    if (!sure) return
    const result = store.clearAll()
    toast(result.ok ? m.cleared : result.error, result.ok ? 'success' : 'none')
    reload()
  }

  /** Copies a set-aside value's whole raw text, so a case can be rescued by hand. */
  const copyEntry = (id: string) => {
    const found = store.quarantine.text(id)
    if (!found.ok) toast(found.error)
    else copyText(found.text, m.copiedRaw)
  }

  /** Deletes one set-aside value, only after the user confirms. */
  const removeEntry = async (id: string) => {
    const sure = await confirm(m.removeAsideTitle, m.removeAsideText, m.remove)
    if (!sure) return
    const removed = store.quarantine.remove(id)
    toast(removed.ok ? m.removed : removed.error, removed.ok ? 'success' : 'none')
    reload()
  }

  return { ...value, setLargeText, clearAll, copyEntry, removeEntry }
}
