/**
 * Every page of the app, once: app.config.ts, navigation, share cards and tests read these. The
 * `pages` list keeps the order of app.config.ts (the first page opens the app).
 */
export const routes = {
  home: '/pages/home/index',
  checklist: '/pages/checklist/index',
  prevention: '/pages/prevention/index',
  status: '/pages/status/index',
  countdown: '/pages/countdown/index',
  about: '/pages/about/index',
  scamCheck: '/pages/scam-check/index',
} as const

export type Route = (typeof routes)[keyof typeof routes]

/** The tabBar pages: they are switched to, never opened with a query. */
export const tabRoutes: readonly Route[] = [routes.home, routes.checklist, routes.prevention]

/** A route as app.config.ts lists it: no leading slash. */
export const pagePath = (route: Route) => route.slice(1)
