import Taro from '@tarojs/taro'
import { toast } from './feedback'
import { fill } from '../content/fill'
import { actionMessages as m } from '../content/messages'

/** One-tap call; the system still asks the user to confirm before dialling. */
export async function callNumber(phoneNumber: string) {
  try {
    await Taro.makePhoneCall({ phoneNumber })
  } catch (e) {
    // The user cancelling the system dialog also lands here; only say something for real failures.
    const msg = e && typeof e === 'object' && 'errMsg' in e ? String(e.errMsg) : ''
    if (!/cancel/i.test(msg)) toast(fill(m.callFailed, { number: phoneNumber }))
  }
}

/** Copies text and says what was copied. */
export async function copyText(data: string, what: string = m.copiedContent) {
  try {
    await Taro.setClipboardData({ data })
    toast(fill(m.copied, { what }), 'success')
    return true
  } catch {
    toast(m.copyFailed)
    return false
  }
}
