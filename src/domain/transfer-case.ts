import { z } from 'zod'
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

/** The amount messages the form (parseYuan) and the stored-case check share. */
export const AMOUNT_MESSAGES = {
  missing: '请填写金额',
  notPositive: '金额必须大于 0',
  tooLarge: '金额过大，请检查是否多输了位数',
} as const

const FORMAT_MESSAGE = '转账信息格式不正确'

/** One Chinese message for every way a choice can be wrong (missing, wrong type, unknown value). */
const only = (message: string) => ({ errorMap: () => ({ message }) })

const epochMs = (label: string) => {
  const invalid = `${label}不是有效的时间`
  return z
    .number({ required_error: `请填写${label}`, invalid_type_error: invalid })
    .int(invalid)
    .min(0, invalid)
}

const transferCaseSchema = z.object(
  {
    method: z.enum(['chat', 'phone'], only('请选择转账方式（聊天转账或手机号转账）')),
    sentAt: epochMs('转账时间'),
    amountFen: z
      .number({ required_error: AMOUNT_MESSAGES.missing, invalid_type_error: '金额必须是数字' })
      .int('金额最多精确到分')
      .min(1, AMOUNT_MESSAGES.notPositive)
      .max(MAX_AMOUNT_FEN, AMOUNT_MESSAGES.tooLarge),
    arrival: z.enum(['instant', 'delay2h', 'delay24h'], only('请选择转账到账时间设置')),
    recipient: z.enum(['pending', 'accepted', 'returned', 'unknown'], only('请选择对方的收款状态')),
    acceptedAt: epochMs('对方收款时间').optional(),
    acceptedBy: epochMs('看到对方已收款的时间').optional(),
    cause: z.enum(
      ['mistaken', 'fraud', 'minor', 'account-stolen', 'other'],
      only('请选择发生了什么'),
    ),
    crossBorder: z.boolean({ invalid_type_error: '请选择是否涉及境外' }).optional(),
  },
  only(FORMAT_MESSAGE),
)

const CHINESE = /[\u4e00-\u9fff]/

/** Cross-field rules; each returns the errors for one field. */
function crossCheck(c: TransferCase, now: number): FieldError[] {
  const errors: FieldError[] = []
  if (c.sentAt > now + CLOCK_SKEW) {
    errors.push({ field: 'sentAt', message: '转账时间不能晚于现在' })
  } else if (c.sentAt < EARLIEST_PLAUSIBLE_TIME) {
    errors.push({ field: 'sentAt', message: '转账时间早于微信支付上线（2013 年），请检查年份' })
  }
  if (c.method === 'phone' && c.recipient === 'pending') {
    errors.push({
      field: 'recipient',
      message: '手机号转账没有“待确认收款”这一步，请选择“已收款”“已退还”或“不清楚”',
    })
  }
  if (c.acceptedAt !== undefined) {
    if (c.method !== 'chat') {
      errors.push({ field: 'acceptedAt', message: '手机号转账没有确认收款时间，请不要填写' })
    } else if (c.recipient !== 'accepted') {
      errors.push({ field: 'acceptedAt', message: '只有对方已收款时才需要填写收款时间' })
    } else if (c.acceptedAt < c.sentAt) {
      errors.push({ field: 'acceptedAt', message: '对方收款时间不能早于转账时间' })
    } else if (c.acceptedAt > now + CLOCK_SKEW) {
      errors.push({ field: 'acceptedAt', message: '对方收款时间不能晚于现在' })
    } else if (c.acceptedAt >= c.sentAt + DAY) {
      errors.push({
        field: 'acceptedAt',
        message: '转账约 24 小时未收款会自动退还，收款时间应在转账后 24 小时内',
      })
    }
  }
  if (c.acceptedBy !== undefined) {
    if (c.method !== 'chat') {
      errors.push({
        field: 'acceptedBy',
        message: '手机号转账没有确认收款这一步，不需要记录收款时间',
      })
    } else if (c.recipient !== 'accepted') {
      errors.push({ field: 'acceptedBy', message: '只有对方已收款时才需要记录看到收款的时间' })
    } else if (c.acceptedAt !== undefined) {
      errors.push({
        field: 'acceptedBy',
        message: '已经填写了对方收款的准确时间，不需要再记录“不知道具体时间”',
      })
    } else if (c.acceptedBy < c.sentAt) {
      errors.push({ field: 'acceptedBy', message: '看到对方已收款的时间不能早于转账时间' })
    } else if (c.acceptedBy > now + CLOCK_SKEW) {
      errors.push({ field: 'acceptedBy', message: '看到对方已收款的时间不能晚于现在' })
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
      return { ok: false, errors: [{ field: '', message: FORMAT_MESSAGE }] }
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
        const message = CHINESE.test(issue.message) ? issue.message : '内容格式不正确'
        errors.push({ field, message })
      }
      return { ok: false, errors }
    }
    const value = stripUndefined(parsed.data)
    const errors = crossCheck(value, now)
    return errors.length ? { ok: false, errors } : { ok: true, value }
  } catch {
    return { ok: false, errors: [{ field: '', message: '转账信息无法读取' }] }
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
