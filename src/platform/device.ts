import Taro from '@tarojs/taro'

/** WeChat's default 标准 font size; fontSizeSetting grows with the user's 字体大小 setting. */
const STANDARD_FONT_PX = 17

/**
 * How much larger than standard the user set WeChat's text (FACTS M6: follow the system font
 * size). 1 on H5 or on a base library without getAppBaseInfo.
 */
export function systemFontScale(): number {
  try {
    const info = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : undefined
    const size = info && Number((info as { fontSizeSetting?: number }).fontSizeSetting)
    if (!size || !Number.isFinite(size)) return 1
    return Math.min(2, Math.max(0.85, size / STANDARD_FONT_PX))
  } catch {
    return 1
  }
}
