import { PropsWithChildren } from 'react'
import { PageMeta, View } from '@tarojs/components'
import { useFontScale } from '../../hooks/use-font-scale'
import './page-shell.scss'

interface Props {
  largeText: boolean
  className?: string
}

/**
 * The root of every page: follows WeChat's font size (page-meta, FACTS M6), applies 大字模式 through
 * --fs-scale, and gives the page its padding and scrolling (no fixed heights).
 */
export function PageShell({ largeText, className, children }: PropsWithChildren<Props>) {
  const scale = useFontScale(largeText)
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
