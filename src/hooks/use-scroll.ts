import { useEffect } from 'react'
import { scrollPage } from '../platform/scroll'

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
