import { z } from 'zod'
import { fill } from '../content/fill'
import { caseMessages as m, timeFieldNames } from '../content/messages'
import { CLOCK_SKEW, DAY, EARLIEST_PLAUSIBLE_TIME } from './time'

/** 聊天转账 (the recipient must accept) or 手机号转账 (no accept step, FACTS T5). */
export type TransferMethod = 'chat' | 'phone'
/** The payer's standing 转账到账时间 setting (FACTS D1). */
export type ArrivalSetting = 'instant' | 'delay2h' | 'delay24h'
/** What the recipient's side shows in 账单, as far as the user knows. */
export type RecipientState = 'pending' | 'accepted' | 'returned' | 'unknown'
export type TransferCause = 'mistaken' | 'fraud' | 'minor' | 'account-stolen' | 'other'

/** What the user knows about one transfer. Times are epoch ms, money is integer fen. */
export interface TransferCase {
  method: TransferMethod
  sentAt: number
  amountFen: number
  arrival: ArrivalSetting
  recipient: RecipientState
  /** When the recipient accepted, exactly as 账单 shows it (chat transfers only). */
  acceptedAt?: number
  /**
   * The moment by which the user knew the recipient had accepted (typically when they saw 已收款),
   * for an accepted chat transfer whose exact acceptance time they do not know. Acceptance itself
   * happened no later than this and no later than the ~24 h auto-return (T1), so it bounds the
   * latest possible arrival of a delayed transfer (D2). Never set together with `acceptedAt`.
   */
  acceptedBy?: number
  cause: TransferCause
  crossBorder?: boolean
}

export interface FieldError {
  field: string
  message: string
}

export type ParseResult = { ok: true; value: TransferCase } | { ok: false; errors: FieldError[] }

/** 1 亿元: far above any personal WeChat transfer limit; anything larger is a typing error. */
export const MAX_AMOUNT_FEN = 100_000_000 * 100

/** One Chinese message for every way a choice can be wrong (missing, wrong type, unknown value). */
const only = (message: string) => ({ errorMap: () => ({ message }) })

const epochMs = (field: keyof typeof timeFieldNames) => {
  const label = timeFieldNames[field]
  const invalid = fill(m.timeInvalid, { label })
  return z
    .number({ required_error: fill(m.timeMissing, { label }), invalid_type_error: invalid })
    .int(invalid)
    .min(0, invalid)
}

const transferCaseSchema = z.object(
  {
    method: z.enum(['chat', 'phone'], only(m.method)),
    sentAt: epochMs('sentAt'),
    amountFen: z
      .number({ required_error: m.amountMissing, invalid_type_error: m.amountNotNumber })
      .int(m.amountCents)
      .min(1, m.amountNotPositive)
      .max(MAX_AMOUNT_FEN, m.amountTooLarge),
    arrival: z.enum(['instant', 'delay2h', 'delay24h'], only(m.arrival)),
    recipient: z.enum(['pending', 'accepted', 'returned', 'unknown'], only(m.recipient)),
    acceptedAt: epochMs('acceptedAt').optional(),
    acceptedBy: epochMs('acceptedBy').optional(),
    cause: z.enum(['mistaken', 'fraud', 'minor', 'account-stolen', 'other'], only(m.cause)),
    crossBorder: z.boolean({ invalid_type_error: m.crossBorder }).optional(),
  },
  only(m.format),
)

const CHINESE = /[\u4e00-\u9fff]/

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
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { ok: false, errors: [{ field: '', message: m.format }] }
    }
    const parsed = transferCaseSchema.safeParse(raw)
    if (!parsed.success) {
      const seen = new Set<string>()
      const errors: FieldError[] = []
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.')
        if (seen.has(field)) continue
        seen.add(field)
        // Every message in the schema is Chinese; this covers any issue zod words on its own.
        const message = CHINESE.test(issue.message) ? issue.message : m.fieldFormat
        errors.push({ field, message })
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
