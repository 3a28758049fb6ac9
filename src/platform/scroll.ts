import Taro from '@tarojs/taro'

/** Scrolls the page; never throws (an old base library or H5 quirk must not break a tap). */
export function scrollPage(options: { selector?: string; scrollTop?: number; duration?: number }) {
  try {
    const done = Taro.pageScrollTo({ duration: 200, ...options })
    if (done && typeof done.catch === 'function') done.catch(() => undefined)
  } catch {
    // Scrolling is a convenience: the content is on the page either way.
  }
}

/**
 * Scrolls to `selector` once Taro has pushed the current render to the view (the element may not
 * exist before); where nextTick is missing, scrolls at once.
 */
export function scrollAfterRender(selector: string, duration = 300) {
  try {
    Taro.nextTick(() => scrollPage({ selector, duration }))
  } catch {
    scrollPage({ selector, duration })
  }
}
