import dayjs from 'dayjs'
import { formatYuan, type Stage, type TransferCase } from '../../domain'
import { methodLabels, stageLabels } from '../../content/labels'
import { UNKNOWN_TIME } from '../../format/time'

/** Stage in two to five words, for a card (the full sentence is on the countdown page). */
export const STAGE_SHORT: Readonly<Record<Stage, string>> = stageLabels

/** A saved case as a card shows it (storage's StoredCase has this shape). */
export interface CaseCardItem {
  id: string
  label?: string
  /** When the case was last saved (epoch ms): a phone clock behind it is wrong. */
  updatedAt: number
  transfer: TransferCase
}

/**
 * The user's own label, or one made from the case: "聊天转账 ¥500.00 · 11-27 14:05". Amounts are
 * fine inside the app (never on share cards). The year shows only when it is not this year.
 */
export function caseLabel(c: CaseCardItem, now: number): string {
  if (c.label) return c.label
  const method = methodLabels[c.transfer.method]
  const sent = dayjs(c.transfer.sentAt)
  // Storage sets implausible times aside; still, never print "Invalid Date".
  const when = !sent.isValid()
    ? UNKNOWN_TIME
    : sent.format(sent.year() === dayjs(now).year() ? 'MM-DD HH:mm' : 'YYYY-MM-DD HH:mm')
  return `${method} ${formatYuan(c.transfer.amountFen)} · ${when}`
}
