import { usePageShare, usePageTimeline } from './use-share'

/**
 * Moments opens the shared page on its own (single-page mode, FACTS M3), with nothing from the
 * sharer's storage, so the query names only a generic scenario: a case id is private and never
 * leaves the phone, whatever list the sharer was looking at.
 */
export const TIMELINE_QUERY = 'scenario=fraud'

/** The checklist's share-to-chat card and its Moments card (both need enable* in the config). */
export function useChecklistShare() {
  usePageShare('checklist')
  usePageTimeline('checklist', () => TIMELINE_QUERY)
}
