import { DAY, HOUR } from './time'
import type { ArrivalSetting, TransferCase } from './transfer-case'

/** Where the money is now, as far as the rules can tell. Exactly one applies to a case. */
export type Stage =
  'awaiting-acceptance' | 'auto-returned' | 'in-delay' | 'arrived' | 'returned' | 'unknown'

export const STAGES: readonly Stage[] = [
  'awaiting-acceptance',
  'auto-returned',
  'in-delay',
  'arrived',
  'returned',
  'unknown',
]

/** A chat transfer nobody accepted goes back to the payer after 24 hours (T1). */
export const AUTO_RETURN_AFTER = DAY

/** The payer's 转账到账时间 setting (D1). */
export const ARRIVAL_DELAY: Readonly<Record<ArrivalSetting, number>> = {
  instant: 0,
  delay2h: 2 * HOUR,
  delay24h: DAY,
}

/** The moment the delay clock starts: acceptance for a chat transfer (D2), sending for a
 * phone-number transfer, which has no accept step (T5). With no acceptance time known, the
 * earliest possible moment (sentAt) is assumed; `assessTransfer` says so in its assumptions. */
export function delayStartsAt(c: TransferCase): number {
  return c.method === 'chat' ? (c.acceptedAt ?? c.sentAt) : c.sentAt
}

/** When a delayed transfer lands in the recipient's 零钱, if the money is on its way there:
 * a chat transfer the recipient accepted, or any phone-number transfer. Undefined otherwise. */
export function arrivalAt(c: TransferCase): number | undefined {
  if (c.arrival === 'instant') return undefined
  const onItsWay = c.method === 'phone' || c.recipient === 'accepted'
  return onItsWay ? delayStartsAt(c) + ARRIVAL_DELAY[c.arrival] : undefined
}

export function stageOf(c: TransferCase, now: number): Stage {
  if (c.recipient === 'returned') return 'returned'
  if (c.method === 'chat') {
    if (c.recipient === 'pending') {
      return now < c.sentAt + AUTO_RETURN_AFTER ? 'awaiting-acceptance' : 'auto-returned'
    }
    if (c.recipient === 'unknown') return 'unknown'
  }
  // Accepted chat transfers, and every phone transfer (no accept step, T5): the clock decides.
  const arrives = arrivalAt(c)
  return arrives !== undefined && now < arrives ? 'in-delay' : 'arrived'
}

const SUMMARY: Readonly<Record<Stage, string>> = {
  'awaiting-acceptance': '对方还没收款，钱还在途中；24 小时内对方不收，会自动退回给你。',
  'auto-returned': '对方 24 小时内没有收款，这笔钱会自动退回给你，请查看零钱或银行卡。',
  'in-delay': '钱还在延时到账中，还没进入对方零钱；请趁到账前在账单里投诉。',
  arrived: '钱已经进入对方零钱；要回来需要对方退还，或者通过投诉、报警、起诉。',
  returned: '对方已经退还了这笔钱，请查看钱是否回到你的零钱或银行卡。',
  unknown: '还不确定对方是否收款；先在账单里看一眼这笔转账的状态，就知道下一步怎么做。',
}

/** The stage in one plain sentence, for someone who has just lost money. */
export function stageSummary(stage: Stage): string {
  return SUMMARY[stage]
}
