import { isSourceId, type SourceId } from './sources'
import { routes } from '../content/routes'
import { favoriteTitles, shareTitles } from '../content/share'

/**
 * What each page puts on a share card; the titles are in src/content/share.ts. Cards go into
 * family group chats, so they are fixed texts: no amount, name, WeChat ID or 交易单号 can reach
 * them (FACTS M9), and `isShareSafe` guards that in tests and at run time.
 */
export type SharePage =
  'home' | 'status' | 'countdown' | 'checklist' | 'prevention' | 'about' | 'scam-check'

export interface ShareCard {
  title: string
  /** Always starts with '/' (FACTS M3). */
  path: string
  /**
   * 5:4, a file shipped in the package (copied from assets/ by the build), no personal data.
   * Required: without it WeChat puts a screenshot of the current page on the card, amounts,
   * labels and all (FACTS M9).
   */
  imageUrl: string
  /** 1:1, for 收藏 (and Moments, where a page offers it); also never a screenshot. */
  squareImageUrl: string
}

/**
 * Images drawn by scripts/make-share-images.js (commit-ready copies in assets/share/). Absolute
 * package paths: the build copies assets/ to <output>/assets/. A missing favorites image has
 * crashed iOS WeChat (FACTS M3), so test/mp/share.test.js checks each file exists in the build.
 */
export const SHARE_IMAGES = {
  /** 500×400 (5:4) for chat share cards of the prevention guide. */
  card: '/assets/share/card.png',
  /** 400×400 (1:1) for the prevention guide's Moments and favorites. */
  square: '/assets/share/favorite.png',
  /** 500×400 (5:4): the app's own card, for every other page. */
  appCard: '/assets/share/app-card.png',
  /** 400×400 (1:1): the app's own square picture, for every other page. */
  appSquare: '/assets/share/app-square.png',
  /** 500×400 (5:4) and 400×400 (1:1) for the scam-sign check: the question, never an answer. */
  scamCard: '/assets/share/scam-card.png',
  scamSquare: '/assets/share/scam-square.png',
} as const

const appImages = { imageUrl: SHARE_IMAGES.appCard, squareImageUrl: SHARE_IMAGES.appSquare }

const homeCard: ShareCard = { title: shareTitles.home, path: routes.home, ...appImages }

export const shareCards: Readonly<Record<SharePage, ShareCard>> = {
  home: homeCard,
  // A case is private: sharing the status or countdown page shares the empty tool, not the case.
  status: { title: shareTitles.status, path: routes.status, ...appImages },
  countdown: homeCard,
  checklist: { title: shareTitles.checklist, path: routes.checklist, ...appImages },
  // Opens the parents' short version: a family member forwards the guide to relatives.
  prevention: {
    title: shareTitles.family,
    path: `${routes.prevention}?mode=family`,
    imageUrl: SHARE_IMAGES.card,
    squareImageUrl: SHARE_IMAGES.square,
  },
  about: { title: shareTitles.about, path: routes.about, ...appImages },
  // The empty check, never the sender's answers: nothing about them is in the title or the path.
  'scam-check': {
    title: shareTitles['scam-check'],
    path: routes.scamCheck,
    imageUrl: SHARE_IMAGES.scamCard,
    squareImageUrl: SHARE_IMAGES.scamSquare,
  },
}

/**
 * Moments (朋友圈) cards. They open in single-page mode: no navigation, no storage from the app
 * (FACTS M3), so the query alone must be enough to render the page.
 */
export type TimelinePage = 'prevention' | 'checklist' | 'scam-check'

export interface TimelineCard {
  title: string
  /** Without '?'; '' for none. */
  query: string
  /** 1:1 (FACTS M3). */
  imageUrl: string
}

export const timelineCards: Readonly<Record<TimelinePage, TimelineCard>> = {
  prevention: {
    title: shareTitles.family,
    query: 'mode=family',
    imageUrl: SHARE_IMAGES.square,
  },
  checklist: {
    title: shareTitles.checklist,
    query: '',
    imageUrl: SHARE_IMAGES.appSquare,
  },
  'scam-check': {
    title: shareTitles['scam-check'],
    query: '',
    imageUrl: SHARE_IMAGES.scamSquare,
  },
}

/**
 * 收藏 is in every page's menu whether or not the page answers it, and an unanswered one takes a
 * screenshot (FACTS M9): so every page has a favorites card. The prevention guide's opens the
 * family mode; every other page's is made from its share card, with no query (a favorite of a
 * case's countdown must not carry the case id).
 */
export type FavoritesPage = SharePage

const favoriteOverrides: Partial<Record<FavoritesPage, TimelineCard>> = {
  prevention: {
    title: favoriteTitles.prevention,
    query: 'mode=family',
    imageUrl: SHARE_IMAGES.square,
  },
  'scam-check': {
    title: favoriteTitles['scam-check'],
    query: '',
    imageUrl: SHARE_IMAGES.scamSquare,
  },
}

export function favoriteCardFor(page: FavoritesPage): TimelineCard {
  const own = favoriteOverrides[page]
  if (own) return own
  const card = shareCards[page] ?? shareCards.home
  return { title: card.title, query: '', imageUrl: card.squareImageUrl }
}

export const favoriteCards: Readonly<Record<FavoritesPage, TimelineCard>> = {
  home: favoriteCardFor('home'),
  status: favoriteCardFor('status'),
  countdown: favoriteCardFor('countdown'),
  checklist: favoriteCardFor('checklist'),
  prevention: favoriteCardFor('prevention'),
  about: favoriteCardFor('about'),
  'scam-check': favoriteCardFor('scam-check'),
}

/**
 * True when a share text carries nothing personal: no run of 3+ digits (amounts, 交易单号, phone
 * numbers), no currency sign or 元 amount, no '@' or WeChat-ID-like token.
 */
export function isShareSafe(text: string): boolean {
  if (/\d{3,}/.test(text)) return false
  // \u5143 is 元: an amount written out in yuan (escaped: only src/content holds Chinese text).
  if (/[¥￥]|\d+(\.\d+)?\s*\u5143/.test(text)) return false
  if (/@|wxid_/i.test(text)) return false
  return true
}

/**
 * A share query the app is willing to put on a card: at most a few `key=value` pairs of short
 * lower-case words, and nothing `isShareSafe` rejects. Free text can never pass.
 */
export function isSafeShareQuery(query: string): boolean {
  if (query === '') return true
  if (query.length > 80 || !isShareSafe(query)) return false
  return query.split('&').every((pair) => /^[a-z]{1,16}=[a-z0-9-]{1,24}$/i.test(pair))
}

/** The prevention page: the full guide, or the short one for parents that share cards open. */
export type PreventionMode = 'full' | 'family'

/**
 * Reads `mode` from a page query. Anything but exactly 'family' (a missing query, an array, a
 * typo, an injected string) opens the full guide: unexpected input falls back to the default.
 */
export function preventionModeFromQuery(query: unknown): PreventionMode {
  return queryValue(query, 'mode') === 'family' ? 'family' : 'full'
}

/**
 * Reads `paid` from the scam check's query: the status check opens it with `paid=yes` once money
 * has left. Only exactly 'yes' or 'no' answers the first question; anything else leaves it open.
 */
export function paidFromQuery(query: unknown): boolean | undefined {
  const value = queryValue(query, 'paid')
  return value === 'yes' ? true : value === 'no' ? false : undefined
}

/** Reads `source` (a SourceNote tap) from a page query; only a known source id passes. */
export function sourceIdFromQuery(query: unknown): SourceId | undefined {
  const value = queryValue(query, 'source')
  return value !== undefined && isSourceId(value) ? value : undefined
}

function queryValue(query: unknown, key: string): string | undefined {
  if (typeof query !== 'object' || query === null) return undefined
  if (!Object.prototype.hasOwnProperty.call(query, key)) return undefined
  const value = (query as Record<string, unknown>)[key]
  return typeof value === 'string' && value.length <= 32 ? value : undefined
}
