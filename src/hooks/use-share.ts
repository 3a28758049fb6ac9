import { useShareAppMessage } from '@tarojs/taro'
import { isShareSafe, shareCards, type SharePage } from '../domain'

/**
 * Answers the share menu of a page with its fixed card (FACTS M3). The page's config must set
 * `enableShareAppMessage: true`. Nothing the user typed can reach a card; if a card ever failed the
 * privacy check it falls back to the home card.
 */
export function usePageShare(page: SharePage) {
  useShareAppMessage(() => {
    const card = shareCards[page]
    const safe = isShareSafe(card.title) && isShareSafe(card.path) ? card : shareCards.home
    return { title: safe.title, path: safe.path }
  })
}
