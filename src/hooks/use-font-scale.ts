import { useMemo } from 'react'
import { systemFontScale } from '../platform/device'

/** 大字模式 enlarges everything by this much on top of WeChat's own font setting. */
export const LARGE_TEXT_FACTOR = 1.25

/** The --fs-scale every font size on the page is multiplied by (see styles/tokens.scss). */
export function useFontScale(largeText: boolean): number {
  const system = useMemo(systemFontScale, [])
  return Math.round(system * (largeText ? LARGE_TEXT_FACTOR : 1) * 100) / 100
}
