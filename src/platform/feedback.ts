import Taro from '@tarojs/taro'
import { actionMessages } from '../content/messages'

/** A short message at the bottom of the screen; never throws. */
export function toast(title: string, icon: 'none' | 'success' = 'none') {
  try {
    Taro.showToast({ title, icon, duration: 2500 })
  } catch {
    // A toast that cannot show must never break the action that asked for it.
  }
}

/** Asks before something that cannot be undone. Resolves false on cancel or failure. */
export async function confirm(
  title: string,
  content: string,
  confirmText: string = actionMessages.confirm,
) {
  try {
    const res = await Taro.showModal({ title, content, confirmText, confirmColor: '#c5221f' })
    return Boolean(res.confirm)
  } catch {
    return false
  }
}
