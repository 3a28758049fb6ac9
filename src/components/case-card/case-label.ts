import dayjs from 'dayjs'
import { formatYuan, type Stage } from '../../domain'
import type { StoredCase } from '../../storage'

/** Stage in two to five words, for a card (the full sentence is on the countdown page). */
export const STAGE_SHORT: Readonly<Record<Stage, string>> = {
  'awaiting-acceptance': '等待对方收款',
  // T1: about 24 hours, and the app cannot see the refund: "should be back", never "is back".
  'auto-returned': '应已退回，请确认',
  'in-delay': '延时到账中',
  arrived: '已到对方零钱',
  returned: '对方已退还',
  unknown: '状态待确认',
}

/**
 * The user's own label, or one made from the case: "聊天转账 ¥500.00 · 11-27 14:05". Amounts are
 * fine inside the app (never on share cards). The year shows only when it is not this year.
 */
export function caseLabel(c: StoredCase, now: number): string {
  if (c.label) return c.label
  const method = c.transfer.method === 'chat' ? '聊天转账' : '手机号转账'
  const sent = dayjs(c.transfer.sentAt)
  // Storage sets implausible times aside; still, never print "Invalid Date".
  const when = !sent.isValid()
    ? '时间不明'
    : sent.format(sent.year() === dayjs(now).year() ? 'MM-DD HH:mm' : 'YYYY-MM-DD HH:mm')
  return `${method} ${formatYuan(c.transfer.amountFen)} · ${when}`
}
