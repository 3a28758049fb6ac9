import { confirm, toast } from '../platform/feedback'
import { useStored } from './use-stored'
import { actionMessages as m } from '../content/messages'

/**
 * What the home page shows from storage, read once per show: settings, saved cases
 * (newest first), how many unreadable records were set aside, and when it was read — the moment
 * the case list decides whether any countdown needs the page's ticker.
 */
export function useHomeCases() {
  const { value, store, reload } = useStored((s) => {
    // Cases and settings first: reading them is what sets damaged records aside.
    const cases = s.cases.list()
    const settings = s.settings.get()
    return {
      cases,
      // Storage threw: "could not be read, nothing deleted", never "no records".
      readFailed: s.cases.readFailed(),
      settings,
      quarantined: s.quarantine.count(),
      // Unreadable values that could not be set aside (storage full) and stay in their keys.
      stuck: s.quarantine.stuck().length,
      readAt: Date.now(),
    }
  })

  const remove = async (id: string) => {
    const yes = await confirm(m.removeCaseTitle, m.removeCaseText, m.remove)
    if (!yes) return
    const removed = store.cases.remove(id)
    if (!removed.ok) toast(removed.error)
    else toast(m.removed, 'success')
    reload()
  }

  return { ...value, remove }
}
