import { useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow, useUnload } from '@tarojs/taro'

const SECOND = 1000

/**
 * The page's one clock. Ticks every second while the page is shown and stops on hide/unload, so a
 * page in the background costs nothing. State only changes when the displayed second changes
 * (the vant-weapp count-down habit), so React — and setData — see at most one update a second.
 * Everything shown is derived from stored absolute times, so a page opened after WeChat killed the
 * app shows the right values at once.
 */
export function useNow(): number {
  const [now, setNow] = useState(() => floorSecond(Date.now()))
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const stop = () => {
    if (timer.current !== undefined) clearTimeout(timer.current)
    timer.current = undefined
  }
  const start = () => {
    stop()
    const tick = () => {
      const wall = Date.now()
      const next = floorSecond(wall)
      setNow((prev) => (prev === next ? prev : next))
      // Wake at the next wall-clock second, so the display and a deadline's flip are never up to
      // a second late, as a free-running interval would be.
      timer.current = setTimeout(tick, SECOND - (wall % SECOND))
    }
    tick()
  }

  useEffect(() => {
    start()
    return stop
    // start/stop only touch the ref; the effect runs once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useDidShow(start)
  useDidHide(stop)
  useUnload(stop)
  return now
}

function floorSecond(ms: number) {
  return ms - (ms % SECOND)
}
