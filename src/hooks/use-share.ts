import { useAddToFavorites, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import {
  favoriteCardFor,
  isSafeShareQuery,
  isShareSafe,
  shareCards,
  timelineCards,
  type FavoritesPage,
  type SharePage,
  type TimelinePage,
} from '../domain'
import { copyText } from '../platform/phone'
import { webLink } from '../platform/web-link'
import { fill } from '../content/fill'
import { shareButtonUi } from '../content/share'

/**
 * Answers the share menu and the share buttons of a page with its fixed card (FACTS M3), and 收藏
 * too: every answer carries a bundled picture, because WeChat otherwise uses a screenshot of the
 * page, with whatever amount or label it shows (FACTS M9). The page's config must set
 * `enableShareAppMessage: true`. Nothing the user typed can reach a card; if a card ever failed
 * the privacy check it falls back to the home card.
 */
export function usePageShare(page: SharePage) {
  useShareAppMessage(() => {
    const card = shareCards[page] ?? shareCards.home
    const safe = isShareSafe(card.title) && isShareSafe(card.path) ? card : shareCards.home
    return { title: safe.title, path: safe.path, imageUrl: safe.imageUrl }
  })
  usePageFavorites(page)
}

/**
 * Where the page has no share menu (the H5 build), copies its share card as text instead: the
 * same fixed title and path the card carries, as a link. Returns what the share button calls.
 */
export function useCopyShareLink(page: SharePage) {
  return () => {
    const card = shareCards[page] ?? shareCards.home
    const safe = isShareSafe(card.title) && isShareSafe(card.path) ? card : shareCards.home
    const text = fill(shareButtonUi.linkText, { title: safe.title, link: webLink(safe.path) })
    return copyText(text, shareButtonUi.copied)
  }
}

/**
 * Answers 分享到朋友圈 (FACTS M3). The page config needs `enableShareTimeline: true` (and
 * `enableShareAppMessage`), and the page must render from this query alone: Moments opens it in
 * single-page mode, without the app's storage. `query` may replace the card's default query with
 * a few plain `key=value` pairs; anything else falls back to the default.
 */
export function usePageTimeline(page: TimelinePage, query?: () => string) {
  useShareTimeline(() => {
    const card = timelineCards[page]
    const wanted = query ? query() : card.query
    const safeQuery = isSafeShareQuery(wanted) ? wanted : card.query
    return { title: card.title, query: safeQuery, imageUrl: card.imageUrl }
  })
}

/**
 * Answers 收藏 with a fixed card whose image is a real file in the package (FACTS M3). Taro gives
 * every page an onAddToFavorites, so usePageShare calls this for each page: call it directly only
 * on a page that has no share card.
 */
export function usePageFavorites(page: FavoritesPage) {
  useAddToFavorites(() => {
    const card = favoriteCardFor(page)
    const safeQuery = isSafeShareQuery(card.query) ? card.query : ''
    return { title: card.title, imageUrl: card.imageUrl, query: safeQuery }
  })
}
