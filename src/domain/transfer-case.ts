import { fill } from '../content/fill'
import { caseMessages as m, timeFieldNames } from '../content/messages'
import { CLOCK_SKEW, DAY, EARLIEST_PLAUSIBLE_TIME } from './time'
import * as v from './validate'

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

const epochMs = (field: keyof typeof timeFieldNames) => {
  const label = timeFieldNames[field]
  const invalid = fill(m.timeInvalid, { label })
  return v.number(
    { int: true, min: 0 },
    { missing: fill(m.timeMissing, { label }), type: invalid, int: invalid, min: invalid },
  )
}

// Each choice has one Chinese message for every way it can be wrong (missing, wrong type, unknown
// value). Keys the shape does not name are dropped.
const transferCaseSchema = v.object({
  method: v.oneOf(['chat', 'phone'], m.method),
  sentAt: epochMs('sentAt'),
  amountFen: v.number(
    { int: true, min: 1, max: MAX_AMOUNT_FEN },
    {
      missing: m.amountMissing,
      type: m.amountNotNumber,
      int: m.amountCents,
      min: m.amountNotPositive,
      max: m.amountTooLarge,
    },
  ),
  arrival: v.oneOf(['instant', 'delay2h', 'delay24h'], m.arrival),
  recipient: v.oneOf(['pending', 'accepted', 'returned', 'unknown'], m.recipient),
  acceptedAt: v.optional(epochMs('acceptedAt')),
  acceptedBy: v.optional(epochMs('acceptedBy')),
  cause: v.oneOf(['mistaken', 'fraud', 'minor', 'account-stolen', 'other'], m.cause),
  crossBorder: v.optional(v.boolean(m.crossBorder)),
})

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
    if (!v.isRecord(raw)) {
      return { ok: false, errors: [{ field: '', message: m.format }] }
    }
    const parsed = v.parse(transferCaseSchema, raw)
    if (!parsed.ok) {
      const seen = new Set<string>()
      const errors: FieldError[] = []
      for (const issue of parsed.issues) {
        const field = issue.path.map(String).join('.')
        if (seen.has(field)) continue
        seen.add(field)
        errors.push({ field, message: issue.message ?? m.fieldFormat })
      }
      return { ok: false, errors }
    }
    const value = stripUndefined(parsed.value)
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
