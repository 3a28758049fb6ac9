import Taro from '@tarojs/taro'
import type { CalendarEntry } from '../domain'
import { toast } from './feedback'
import { calendarMessages } from '../content/messages'

/** Every outcome but a cancel (which stays quiet) has its message in calendarMessages. */
export type CalendarOutcome = 'added' | 'cancelled' | 'denied' | 'unsupported' | 'failed'

function errMsgOf(x: unknown): string {
  return x && typeof x === 'object' && 'errMsg' in x
    ? String((x as { errMsg: unknown }).errMsg)
    : ''
}

function outcomeOf(errMsg: string): CalendarOutcome {
  if (/cancel/i.test(errMsg)) return 'cancelled'
  // 'auth deny' / 'auth denied' (the user said no, now or before), 'authorize', and privacy
  // refusals: since 2023-09 calendar writes need the privacy guide agreed (FACTS M7).
  if (/auth den|authorize|privacy|permission/i.test(errMsg)) return 'denied'
  if (/not support|not supported|unsupported/i.test(errMsg)) return 'unsupported'
  return 'failed'
}

function isSupported(): boolean {
  // addPhoneCalendar arrived in base library 2.15.0 (FACTS M4); older WeChat lacks it.
  if (typeof Taro.addPhoneCalendar !== 'function') return false
  try {
    return typeof Taro.canIUse !== 'function' || Taro.canIUse('addPhoneCalendar') !== false
  } catch {
    return true
  }
}

/**
 * Writes a deadline into the phone's calendar with an alarm: the only reminder a mini-program can
 * set without a server (FACTS M4). Must run from a tap. WeChat takes startTime and alarmOffset in
 * SECONDS; Taro's H5 stand-in reads startTime as milliseconds (`new Date(startTime)`), so the H5
 * build passes ms. Tells the user what happened, and never throws.
 */
export async function addToPhoneCalendar(entry: CalendarEntry): Promise<CalendarOutcome> {
  if (!isSupported()) {
    toast(calendarMessages.unsupported)
    return 'unsupported'
  }
  const startTime = process.env.TARO_ENV === 'h5' ? entry.at : Math.floor(entry.at / 1000)
  let outcome: CalendarOutcome
  try {
    const res = await Taro.addPhoneCalendar({
      title: entry.title,
      startTime,
      description: entry.description,
      alarm: true,
      alarmOffset: entry.alarmOffsetSec,
    })
    // Some shims resolve with a ':fail' errMsg instead of rejecting.
    const msg = errMsgOf(res)
    outcome = /:fail/.test(msg) ? outcomeOf(msg) : 'added'
  } catch (e) {
    outcome = outcomeOf(errMsgOf(e))
  }
  // A toast shows about two lines: the refusal gets a short form, the page shows the full text.
  if (outcome === 'added') toast(calendarMessages.added, 'success')
  else if (outcome === 'denied') toast(calendarMessages.deniedToast)
  else if (outcome !== 'cancelled') toast(calendarMessages[outcome])
  return outcome
}
