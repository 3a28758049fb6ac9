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

/** Scrolls to `selector` once Taro has pushed the current render to the view. */
export function scrollAfterRender(selector: string) {
  try {
    Taro.nextTick(() => scrollPage({ selector, duration: 300 }))
  } catch {
    // As above: never fatal.
  }
}
