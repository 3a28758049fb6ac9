import type { SourceId } from './sources'
import { DAY, HOUR } from './time'
import { crimePossible, type ArrivalSetting, type TransferCase } from './transfer-case'
import { stageSummaries, type StageSummaryKey } from '../content/stages'

/**
 * Where the money is now, as far as the rules can tell. Exactly one applies to a case.
 * `untracked`: a QR payment, a 红包 or another way no FACTS row gives a lifecycle (T1 scope, D5):
 * the app cannot tell where the money is or when anything happens.
 */
export type Stage =
  | 'awaiting-acceptance'
  | 'auto-returned'
  | 'in-delay'
  | 'arrived'
  | 'returned'
  | 'unknown'
  | 'untracked'

export const STAGES: readonly Stage[] = [
  'awaiting-acceptance',
  'auto-returned',
  'in-delay',
  'arrived',
  'returned',
  'unknown',
  'untracked',
]

/** A chat transfer nobody accepted goes back to the payer after 24 hours (T1). */
export const AUTO_RETURN_AFTER = DAY

/** The payer's 转账到账时间 setting (D1): the delay it adds. */
export const ARRIVAL_DELAY: Readonly<Record<Exclude<ArrivalSetting, 'unknown'>, number>> = {
  instant: 0,
  delay2h: 2 * HOUR,
  delay24h: DAY,
}

/**
 * The shortest and the longest delay a setting allows. A user who does not know the setting gets
 * the whole range of D1's three options: none at the earliest, 24 hours at the latest.
 */
export function delayRange(arrival: ArrivalSetting): { min: number; max: number } {
  if (arrival === 'unknown') return { min: ARRIVAL_DELAY.instant, max: ARRIVAL_DELAY.delay24h }
  return { min: ARRIVAL_DELAY[arrival], max: ARRIVAL_DELAY[arrival] }
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
  // No FACTS row gives a QR payment or a 红包 a delay (D5): no window is counted for them.
  if (c.arrival === 'instant' || c.method === 'other') return undefined
  // An unknown setting is every setting at once (D1): instant at the earliest, 24 h at the latest.
  const { min, max } = delayRange(c.arrival)
  if (c.method === 'phone') return { at: c.sentAt + min, latest: c.sentAt + max }
  if (c.recipient !== 'accepted') return undefined
  return { at: delayStartsAt(c) + min, latest: latestAcceptance(c) + max }
}

/** The earliest moment a delayed transfer can land in the recipient's 零钱 (see arrivalWindow). */
export function arrivalAt(c: TransferCase): number | undefined {
  return arrivalWindow(c)?.at
}

export function stageOf(c: TransferCase, now: number): Stage {
  if (c.recipient === 'returned') return 'returned'
  if (c.method === 'other') return 'untracked'
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

/** A sentence of advice with the facts it rests on, so the hedge and the 依据 list follow it. */
export interface Sourced {
  text: string
  sourceIds: SourceId[]
}

/**
 * Which wording of a stage's sentence fits the case: a possible scam must not read as comfort
 * while the scammer can still accept (T1, C8), and after arrival a mistaken transfer's routes are
 * the recipient and a court, not the police (T4, L3).
 */
function summaryKey(stage: Stage, c?: Pick<TransferCase, 'cause'>): StageSummaryKey {
  if (c && stage === 'awaiting-acceptance' && crimePossible(c.cause)) {
    return 'awaiting-acceptance-crime'
  }
  if (c && stage === 'arrived' && c.cause === 'mistaken') return 'arrived-mistaken'
  return stage
}

/**
 * The stage in one plain sentence, for someone who has just lost money, with its sources. Without
 * a case (the checklist's case card has one; tests may not), the cause-neutral wording.
 */
export function stageSentence(stage: Stage, c?: Pick<TransferCase, 'cause'>): Sourced {
  const t = stageSummaries[summaryKey(stage, c)]
  return { text: t.text, sourceIds: [...t.sourceIds] }
}

/** The stage's sentence alone (see stageSentence). */
export function stageSummary(stage: Stage, c?: Pick<TransferCase, 'cause'>): string {
  return stageSentence(stage, c).text
}
