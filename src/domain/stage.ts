import { DAY, HOUR } from './time'
import type { ArrivalSetting, TransferCase } from './transfer-case'
import { stageSummaries } from '../content/stages'

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

/** The moment the delay clock starts, at the earliest: acceptance for a chat transfer (D2),
 * sending for a phone-number transfer, which has no accept step (T5). With no acceptance time
 * known, the earliest possible moment (sentAt) is taken; `arrivalWindow` gives the latest. */
export function delayStartsAt(c: TransferCase): number {
  return c.method === 'chat' ? (c.acceptedAt ?? c.sentAt) : c.sentAt
}

/**
 * The latest moment the recipient can have accepted a chat transfer whose exact acceptance time
 * the user does not know: when the user saw it accepted (`acceptedBy`), and in any case before the
 * ~24 h auto-return (T1), after which an unaccepted transfer goes back instead.
 */
export function latestAcceptance(c: TransferCase): number {
  if (c.acceptedAt !== undefined) return c.acceptedAt
  const cap = c.sentAt + AUTO_RETURN_AFTER
  return c.acceptedBy === undefined ? cap : Math.min(c.acceptedBy, cap)
}

/** When a delayed transfer can land in the recipient's 零钱: `at` the earliest, `latest` the latest
 * possible moment (equal when the start of the delay is known exactly). */
export interface ArrivalWindow {
  at: number
  latest: number
}

/**
 * The arrival window of a delayed transfer whose money is on its way: a chat transfer the
 * recipient accepted, or any phone-number transfer. Undefined otherwise (实时到账, or not accepted).
 * A chat transfer accepted at an unknown time lands between sentAt + delay and
 * min(acceptedBy, sentAt + 24 h) + delay (D2, T1); phone transfers and known times are exact.
 */
export function arrivalWindow(c: TransferCase): ArrivalWindow | undefined {
  if (c.arrival === 'instant') return undefined
  const delay = ARRIVAL_DELAY[c.arrival]
  if (c.method === 'phone') return { at: c.sentAt + delay, latest: c.sentAt + delay }
  if (c.recipient !== 'accepted') return undefined
  return { at: delayStartsAt(c) + delay, latest: latestAcceptance(c) + delay }
}

/** The earliest moment a delayed transfer can land in the recipient's 零钱 (see arrivalWindow). */
export function arrivalAt(c: TransferCase): number | undefined {
  return arrivalWindow(c)?.at
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
  // The money counts as arrived only once the latest possible arrival has passed: before that the
  // delay complaint (D3) may still be open, and giving it up would cost the user their best route.
  const window = arrivalWindow(c)
  return window !== undefined && now < window.latest ? 'in-delay' : 'arrived'
}

/**
 * True between the earliest and the latest possible arrival of a transfer accepted at an unknown
 * time: the money may already be in the recipient's 零钱, or may still be 待入账.
 */
export function mayHaveArrived(c: TransferCase, now: number): boolean {
  const window = arrivalWindow(c)
  return (
    window !== undefined && c.recipient !== 'returned' && now >= window.at && now < window.latest
  )
}

const SUMMARY: Readonly<Record<Stage, string>> = stageSummaries

/** The stage in one plain sentence, for someone who has just lost money. */
export function stageSummary(stage: Stage): string {
  return SUMMARY[stage]
}
