import Taro from '@tarojs/taro'
import { tabRoutes, type Route } from '../content/routes'

export { routes, type Route } from '../content/routes'

export function withQuery(route: Route, query: Record<string, string | undefined> = {}): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
  return parts.length ? `${route}?${parts.join('&')}` : route
}

/**
 * Opens a page. Tabs are switched to (a query cannot reach a tab, so callers pass state through
 * storage instead); inside a flow the current page is replaced once the stack gets deep, because
 * WeChat refuses a stack of more than 10 pages (FACTS M8).
 */
export function openPage(route: Route, query: Record<string, string | undefined> = {}) {
  if (tabRoutes.includes(route)) {
    return Taro.switchTab({ url: route })
  }
  const url = withQuery(route, query)
  const depth = Taro.getCurrentPages ? Taro.getCurrentPages().length : 0
  return depth >= 8 ? Taro.redirectTo({ url }) : Taro.navigateTo({ url })
}

/** Replaces the current page: used for steps of one flow (status → countdown). */
export function replacePage(route: Route, query: Record<string, string | undefined> = {}) {
  if (tabRoutes.includes(route)) return Taro.switchTab({ url: route })
  return Taro.redirectTo({ url: withQuery(route, query) })
}
