/**
 * The address that opens `path` (a page route with its query, as a share card carries it) in this
 * H5 build, which uses the hash router. '' where there is no browser address (the mini-program).
 */
export function webLink(path: string): string {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined' || !window.location) return ''
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${path}`
}
