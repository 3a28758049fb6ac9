import Taro from '@tarojs/taro'

/** The scene WeChat reports when a page is opened from a Moments (朋友圈) card. */
export const MOMENTS_SCENE = 1154

function sceneOf(read: (() => { scene?: number } | undefined) | undefined): number | undefined {
  try {
    const options = typeof read === 'function' ? read() : undefined
    return options && typeof options.scene === 'number' ? options.scene : undefined
  } catch {
    return undefined
  }
}

/**
 * True when WeChat opened this page in Moments' single-page mode (FACTS M3): no navigation, no
 * tabBar, and a storage separate from the normal app. On H5 or an old base library the options are
 * missing and this is false.
 */
export function isSinglePageMode(): boolean {
  const enter = sceneOf(Taro.getEnterOptionsSync)
  const launch = sceneOf(Taro.getLaunchOptionsSync)
  return enter === MOMENTS_SCENE || launch === MOMENTS_SCENE
}
