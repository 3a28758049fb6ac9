import * as z from 'zod/mini'
import { fill } from '../content/fill'
import { caseMessages as m, timeFieldNames } from '../content/messages'
import { CLOCK_SKEW, DAY, EARLIEST_PLAUSIBLE_TIME } from './time'
import { integer, isRecord } from './zod'

// The value lists the schema accepts; a new value is one more entry in its list.
/** 聊天转账 (the recipient must accept) or 手机号转账 (no accept step, FACTS T5). */
export const transferMethods = ['chat', 'phone'] as const
/** The payer's standing 转账到账时间 setting (FACTS D1). */
export const arrivalSettings = ['instant', 'delay2h', 'delay24h'] as const
/** What the recipient's side shows in 账单, as far as the user knows. */
export const recipientStates = ['pending', 'accepted', 'returned', 'unknown'] as const
export const transferCauses = ['mistaken', 'fraud', 'minor', 'account-stolen', 'other'] as const

export type TransferMethod = (typeof transferMethods)[number]
export type ArrivalSetting = (typeof arrivalSettings)[number]
export type RecipientState = (typeof recipientStates)[number]
export type TransferCause = (typeof transferCauses)[number]

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
  method: z.enum(transferMethods, m.method),
  sentAt: epochMs('sentAt'),
  /** Integer fen. */
  amountFen: z
    .number({ error: numberError(m.amountMissing, m.amountNotNumber, m.amountCents) })
    .check(
      integer(m.amountCents),
      z.minimum(1, { error: m.amountNotPositive, abort: true }),
      z.maximum(MAX_AMOUNT_FEN, m.amountTooLarge),
    ),
  arrival: z.enum(arrivalSettings, m.arrival),
  recipient: z.enum(recipientStates, m.recipient),
  /** When the recipient accepted, exactly as 账单 shows it (chat transfers only). */
  acceptedAt: z.optional(epochMs('acceptedAt')),
  /**
   * The moment by which the user knew the recipient had accepted (typically when they saw 已收款),
   * for an accepted chat transfer whose exact acceptance time they do not know. Acceptance itself
   * happened no later than this and no later than the ~24 h auto-return (T1), so it bounds the
   * latest possible arrival of a delayed transfer (D2). Never set together with `acceptedAt`.
   */
  acceptedBy: z.optional(epochMs('acceptedBy')),
  cause: z.enum(transferCauses, m.cause),
  crossBorder: z.optional(z.boolean(m.crossBorder)),
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
  if (c.acceptedAt !== undefined) {
    if (c.method !== 'chat') {
      errors.push({ field: 'acceptedAt', message: m.acceptedAtPhone })
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
      errors.push({ field: 'acceptedBy', message: m.acceptedByPhone })
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
  return out
}
