import Taro from '@tarojs/taro'
import { toast } from './feedback'

/** One-tap call; the system still asks the user to confirm before dialling. */
export async function callNumber(phoneNumber: string) {
  try {
    await Taro.makePhoneCall({ phoneNumber })
  } catch (e) {
    // The user cancelling the system dialog also lands here; only say something for real failures.
    const msg = e && typeof e === 'object' && 'errMsg' in e ? String(e.errMsg) : ''
    if (!/cancel/i.test(msg)) toast(`无法自动拨号，请手动拨打 ${phoneNumber}`)
  }
}

/** Copies text and says what was copied. */
export async function copyText(data: string, what = '内容') {
  try {
    await Taro.setClipboardData({ data })
    toast(`已复制${what}`, 'success')
    return true
  } catch {
    toast(`复制失败，请长按文字手动复制`)
    return false
  }
}
