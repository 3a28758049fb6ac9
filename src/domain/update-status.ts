import { formMessages, pickedMoments } from '../content/messages'
import { localDateTimeToMs } from './status-form'
import { parseTransferCase, type TransferCase } from './transfer-case'

/**
 * 更新状态 on a saved case: the user records that the recipient returned the money (T3), accepted
 * it at a time read from 账单, or accepted it at some time they do not know (D2: the delay starts
 * then, so only "accepted by now" is recorded and the rules work with the range). Each change is
 * checked by the same rules as a new case; `now` is the caller's clock.
 */
export type StatusUpdate =
  { ok: true; transfer: TransferCase; recorded: Recorded } | { ok: false; message: string }

/** What was recorded, for the confirmation line (the caller formats the time). */
export type Recorded =
  { kind: 'returned' } | { kind: 'accepted-at'; at: number } | { kind: 'accepted-by'; by: number }

/** Shown when a change fails the rules without a message of its own. */
export const UPDATE_FALLBACK_MESSAGE = formMessages.updateFallback

function checked(next: TransferCase, now: number, recorded: Recorded): StatusUpdate {
  const parsed = parseTransferCase(next, now)
  if (!parsed.ok) {
    return { ok: false, message: parsed.errors[0]?.message ?? UPDATE_FALLBACK_MESSAGE }
  }
  return { ok: true, transfer: parsed.value, recorded }
}

/** Only a chat transfer still waiting can be accepted; a phone-number one has no accept step (T5). */
export const canMarkAccepted = (t: TransferCase) =>
  t.method === 'chat' && t.recipient !== 'returned'
export const canMarkReturned = (t: TransferCase) => t.recipient !== 'returned'

export function markReturned(transfer: TransferCase, now: number): StatusUpdate {
  // A receipt time belongs only to an accepted transfer; the rules reject it otherwise.
  const next: TransferCase = { ...transfer, recipient: 'returned' }
  delete next.acceptedAt
  delete next.acceptedBy
  return checked(next, now, { kind: 'returned' })
}

/**
 * The recipient accepted at the pickers' local date and time. `missing` is the message for empty
 * pickers: a time is never assumed.
 */
export function markAcceptedAt(
  transfer: TransferCase,
  date: string,
  time: string,
  now: number,
  missing: string,
): StatusUpdate {
  if (!date || !time) return { ok: false, message: missing }
  const at = localDateTimeToMs(date, time, pickedMoments.accepted)
  if (!at.ok) return { ok: false, message: at.message }
  const next: TransferCase = { ...transfer, recipient: 'accepted', acceptedAt: at.ms }
  delete next.acceptedBy
  return checked(next, now, { kind: 'accepted-at', at: at.ms })
}

/** The user saw 已收款 but not when it happened: accepted by now at the latest, nothing more. */
export function markAcceptedUnknown(transfer: TransferCase, now: number): StatusUpdate {
  // An earlier "by" the user recorded is the tighter bound; keep it.
  const by =
    transfer.acceptedBy !== undefined && transfer.recipient === 'accepted'
      ? Math.min(transfer.acceptedBy, now)
      : Math.max(now, transfer.sentAt)
  const next: TransferCase = { ...transfer, recipient: 'accepted', acceptedBy: by }
  delete next.acceptedAt
  return checked(next, now, { kind: 'accepted-by', by })
}
