import * as z from 'zod/mini'
import { fill } from '../content/fill'
import { caseMessages as m, timeFieldNames } from '../content/messages'
import { CLOCK_SKEW, DAY, EARLIEST_PLAUSIBLE_TIME } from './time'
import { integer, isRecord } from './zod'

// The value lists the schema accepts; a new value is one more entry in its list.
/**
 * 聊天转账 (the recipient must accept), 手机号转账 (no accept step, FACTS T5), or anything else
 * (扫码付款, 红包…): no FACTS row gives such a payment a lifecycle (T1 covers chat transfers only,
 * D5), so the rules apply no timer to it.
 */
export const TRANSFER_METHODS = ['chat', 'phone', 'other'] as const
export type TransferMethod = (typeof TRANSFER_METHODS)[number]
/**
 * The payer's standing 转账到账时间 setting (FACTS D1), or `unknown` when the user cannot tell:
 * then every setting is possible, and the rules work with the whole range (instant to 24 h).
 */
export const ARRIVAL_SETTINGS = ['instant', 'delay2h', 'delay24h', 'unknown'] as const
export type ArrivalSetting = (typeof ARRIVAL_SETTINGS)[number]
/** What the recipient's side shows in 账单, as far as the user knows. */
export const RECIPIENT_STATES = ['pending', 'accepted', 'returned', 'unknown'] as const
export type RecipientState = (typeof RECIPIENT_STATES)[number]
/** What happened. `unsure` (not sure it was a scam) follows the fraud rules. */
export const TRANSFER_CAUSES = [
  'mistaken',
  'fraud',
  'unsure',
  'minor',
  'account-stolen',
  'other',
] as const
export type TransferCause = (typeof TRANSFER_CAUSES)[number]

/** Fraud is possible: the user says so, or is not sure. Both get the police routes first (C8). */
export function fraudPossible(cause: TransferCause): boolean {
  return cause === 'fraud' || cause === 'unsure'
}

/** A crime to report to 110: possible fraud, or a stolen account (C6). */
export function crimePossible(cause: TransferCause): boolean {
  return fraudPossible(cause) || cause === 'account-stolen'
}

export interface FieldError {
  field: string
  message: string
}

export type ParseResult = { ok: true; value: TransferCase } | { ok: false; errors: FieldError[] }

/** 1 亿元: far above any personal WeChat transfer limit; anything larger is a typing error. */
export const MAX_AMOUNT_FEN = 100_000_000 * 100

/**
 * A number's message for a missing value and for one of the wrong type. zod's number refuses
 * ±Infinity as not a number; an infinity is worded as the integer check words it.
 */
const numberError =
  (missing: string, type: string, notInteger: string) => (issue: { input?: unknown }) =>
    issue.input === undefined
      ? missing
      : typeof issue.input === 'number' && !Number.isNaN(issue.input)
        ? notInteger
        : type

const epochMs = (field: keyof typeof timeFieldNames) => {
  const label = timeFieldNames[field]
  const invalid = fill(m.timeInvalid, { label })
  return z
    .number({ error: numberError(fill(m.timeMissing, { label }), invalid, invalid) })
    .check(integer(invalid), z.minimum(0, { error: invalid }))
}

// Each choice has one Chinese message for every way it can be wrong (missing, wrong type, unknown
// value); a number's checks stop at the first that fails. Keys the shape does not name are dropped.
const transferCaseSchema = z.object({
  method: z.enum(TRANSFER_METHODS, m.method),
  sentAt: epochMs('sentAt'),
  /** Integer fen. */
  amountFen: z
    .number({ error: numberError(m.amountMissing, m.amountNotNumber, m.amountCents) })
    .check(
      integer(m.amountCents),
      z.minimum(1, { error: m.amountNotPositive, abort: true }),
      z.maximum(MAX_AMOUNT_FEN, m.amountTooLarge),
    ),
  arrival: z.enum(ARRIVAL_SETTINGS, m.arrival),
  recipient: z.enum(RECIPIENT_STATES, m.recipient),
  /** When the recipient accepted, exactly as 账单 shows it (chat transfers only). */
  acceptedAt: z.optional(epochMs('acceptedAt')),
  /**
   * The moment by which the user knew the recipient had accepted (typically when they saw 已收款),
   * for an accepted chat transfer whose exact acceptance time they do not know. Acceptance itself
   * happened no later than this and no later than the ~24 h auto-return (T1), so it bounds the
   * latest possible arrival of a delayed transfer (D2). Never set together with `acceptedAt`.
   */
  acceptedBy: z.optional(epochMs('acceptedBy')),
  cause: z.enum(TRANSFER_CAUSES, m.cause),
  crossBorder: z.optional(z.boolean(m.crossBorder)),
  /**
   * True when the transfer time is the user's estimate (a quick answer such as "半小时前"), not read
   * from 账单: the windows counted from it may close earlier than shown.
   */
  sentEstimated: z.optional(z.boolean(m.sentEstimated)),
})

/** What the user knows about one transfer. Times are epoch ms, money is integer fen. */
export type TransferCase = z.infer<typeof transferCaseSchema>

/** Cross-field rules; each returns the errors for one field. */
function crossCheck(c: TransferCase, now: number): FieldError[] {
  const errors: FieldError[] = []
  if (c.sentAt > now + CLOCK_SKEW) {
    errors.push({ field: 'sentAt', message: m.sentFuture })
  } else if (c.sentAt < EARLIEST_PLAUSIBLE_TIME) {
    errors.push({ field: 'sentAt', message: m.sentTooEarly })
  }
  if (c.method === 'phone' && c.recipient === 'pending') {
    errors.push({ field: 'recipient', message: m.phonePending })
  }
  // A QR payment or a 红包 has no accept step or delay the app knows of (T1 scope, D5): the form
  // does not ask, and only "not known" or a return the user saw can be recorded.
  if (c.method === 'other') {
    if (c.recipient === 'pending' || c.recipient === 'accepted') {
      errors.push({ field: 'recipient', message: m.otherRecipient })
    }
    if (c.arrival !== 'unknown') errors.push({ field: 'arrival', message: m.otherArrival })
  }
  if (c.acceptedAt !== undefined) {
    if (c.method !== 'chat') {
      const message = c.method === 'phone' ? m.acceptedAtPhone : m.acceptedOther
      errors.push({ field: 'acceptedAt', message })
    } else if (c.recipient !== 'accepted') {
      errors.push({ field: 'acceptedAt', message: m.acceptedAtNotAccepted })
    } else if (c.acceptedAt < c.sentAt) {
      errors.push({ field: 'acceptedAt', message: m.acceptedAtBeforeSent })
    } else if (c.acceptedAt > now + CLOCK_SKEW) {
      errors.push({ field: 'acceptedAt', message: m.acceptedAtFuture })
    } else if (c.acceptedAt >= c.sentAt + DAY) {
      errors.push({ field: 'acceptedAt', message: m.acceptedAtAfterReturn })
    }
  }
  if (c.acceptedBy !== undefined) {
    if (c.method !== 'chat') {
      const message = c.method === 'phone' ? m.acceptedByPhone : m.acceptedOther
      errors.push({ field: 'acceptedBy', message })
    } else if (c.recipient !== 'accepted') {
      errors.push({ field: 'acceptedBy', message: m.acceptedByNotAccepted })
    } else if (c.acceptedAt !== undefined) {
      errors.push({ field: 'acceptedBy', message: m.acceptedByWithAt })
    } else if (c.acceptedBy < c.sentAt) {
      errors.push({ field: 'acceptedBy', message: m.acceptedByBeforeSent })
    } else if (c.acceptedBy > now + CLOCK_SKEW) {
      errors.push({ field: 'acceptedBy', message: m.acceptedByFuture })
    }
    // Later than sentAt + 24 h is fine: the user may have looked late. Acceptance itself still
    // happened within the ~24 h before the auto-return (T1); the rules cap the range there.
  }
  return errors
}

/**
 * Checks what the user entered (or what storage held) against the rules of a real transfer.
 * Never throws: every problem comes back as a Chinese message tied to its field.
 */
export function parseTransferCase(raw: unknown, now: number): ParseResult {
  try {
    if (!isRecord(raw)) {
      return { ok: false, errors: [{ field: '', message: m.format }] }
    }
    // Every check above has its own message; an issue zod would word itself gets the general one.
    const parsed = z.safeParse(transferCaseSchema, raw, { error: () => m.fieldFormat })
    if (!parsed.success) {
      const seen = new Set<string>()
      const errors: FieldError[] = []
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.')
        if (seen.has(field)) continue
        seen.add(field)
        errors.push({ field, message: issue.message })
      }
      return { ok: false, errors }
    }
    const value = stripUndefined(parsed.data)
    const errors = crossCheck(value, now)
    return errors.length ? { ok: false, errors } : { ok: true, value }
  } catch {
    return { ok: false, errors: [{ field: '', message: m.unreadable }] }
  }
}

function stripUndefined(c: TransferCase): TransferCase {
  const out: TransferCase = {
    method: c.method,
    sentAt: c.sentAt,
    amountFen: c.amountFen,
    arrival: c.arrival,
    recipient: c.recipient,
    cause: c.cause,
  }
  if (c.acceptedAt !== undefined) out.acceptedAt = c.acceptedAt
  if (c.acceptedBy !== undefined) out.acceptedBy = c.acceptedBy
  if (c.crossBorder !== undefined) out.crossBorder = c.crossBorder
  if (c.sentEstimated !== undefined) out.sentEstimated = c.sentEstimated
  return out
}
