import { useEffect } from 'react'
import Taro from '@tarojs/taro'

/** Scrolls the page; never throws (an old base library or H5 quirk must not break a tap). */
export function scrollPage(options: { selector?: string; scrollTop?: number }) {
  try {
    const done = Taro.pageScrollTo({ duration: 200, ...options })
    if (done && typeof done.catch === 'function') done.catch(() => undefined)
  } catch {
    // Scrolling is a convenience: the content is on the page either way.
  }
}

/**
 * Once the page has rendered, scrolls to `selector` (e.g. the source a SourceNote tap asked for).
 * The short delay lets the first setData land so the element exists when WeChat looks for it.
 */
export function useScrollIntoView(selector: string | undefined) {
  useEffect(() => {
    if (!selector) return
    const timer = setTimeout(() => scrollPage({ selector }), 300)
    return () => clearTimeout(timer)
  }, [selector])
}
