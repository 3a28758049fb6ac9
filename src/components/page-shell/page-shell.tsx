import { PropsWithChildren, useEffect, useMemo } from 'react'
import { PageMeta, View } from '@tarojs/components'
import { useAppServices } from '../app-services'
import './page-shell.scss'

/** 大字模式 enlarges everything by this much on top of WeChat's own font setting. */
export const LARGE_TEXT_FACTOR = 1.25

interface Props {
  largeText: boolean
  className?: string
}

/**
 * The root of every page: follows WeChat's font size (page-meta, FACTS A2, M6), applies 大字模式
 * through --fs-scale (and, in page-shell.scss, 60 px targets and an 18 px text floor), and gives the
 * page its padding and scrolling (no fixed heights).
 */
export function PageShell({ largeText, className, children }: PropsWithChildren<Props>) {
  const { systemFontScale } = useAppServices()
  const system = useMemo(systemFontScale, [systemFontScale])
  // The --fs-scale every font size on the page is multiplied by (see styles/tokens.scss).
  const scale = Math.round(system * (largeText ? LARGE_TEXT_FACTOR : 1) * 100) / 100
  useEffect(() => {
    // H5 draws its own tab bar outside the page: let it grow with 大字模式 too (app.scss).
    if (process.env.TARO_ENV === 'h5') {
      document.documentElement.classList.toggle('large-text', largeText)
    }
  }, [largeText])
  return (
    <View
      className={`page-shell ${largeText ? 'page-shell--large' : ''} ${className || ''}`}
      style={`--fs-scale: ${scale};`}
    >
      {process.env.TARO_ENV === 'weapp' && <PageMeta pageFontSize='system' rootFontSize='system' />}
      {children}
    </View>
  )
}
