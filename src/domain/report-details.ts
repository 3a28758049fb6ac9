import type { FieldError } from './transfer-case'
import { fill } from '../content/fill'
import { detailLabels, detailMessages as M } from '../content/report-details'

/**
 * Optional details the user may add before copying a case summary into a police or complaint form
 * (C8 lists what police need: the other side's account/name and the 交易单号). Everything is
 * optional; empty input means "absent".
 */
export interface ReportDetails {
  /** 对方昵称/备注. */
  recipientName?: string
  /** 对方微信号. */
  recipientWechatId?: string
  /** 交易单号/转账单号, digits only. */
  transactionId?: string
  /** 事情经过. */
  story?: string
}

/** The optional fields the user can add to the 报案材料 (C8: the other side's account, 交易单号). */
export type DetailField = 'recipientName' | 'recipientWechatId' | 'transactionId' | 'story'
export const detailFields: DetailField[] = [
  'recipientName',
  'recipientWechatId',
  'transactionId',
  'story',
]

export type DetailTexts = Record<DetailField, string>
/** Messages beside each field, plus `form` for one that belongs to no field. */
export type DetailErrors = Partial<Record<DetailField | 'form', string>>

/** The form's texts for saved details: '' for a field not filled in. */
export const detailTexts = (d: ReportDetails): DetailTexts => ({
  recipientName: d.recipientName ?? '',
  recipientWechatId: d.recipientWechatId ?? '',
  transactionId: d.transactionId ?? '',
  story: d.story ?? '',
})

export type ReportDetailsResult =
  { ok: true; value: ReportDetails } | { ok: false; errors: FieldError[] }

export const MAX_NAME_CHARS = 40
export const MAX_WECHAT_ID_CHARS = 40
/**
 * WeChat Pay 交易单号/转账单号 shown in 转账详情 are about 28-32 digits; the bounds are generous so
 * that an unusual but real number (or another payment app's) is never refused, while obvious
 * typos are caught.
 */
export const MIN_TRANSACTION_DIGITS = 10
export const MAX_TRANSACTION_DIGITS = 40
export const MAX_STORY_CHARS = 500

/** Counts characters as the user sees them (code points), so emoji and CJK count as one. */
const charCount = (s: string) => Array.from(s).length

type Field = keyof ReportDetails

function readText(
  raw: Record<string, unknown>,
  field: Field,
  errors: FieldError[],
): string | undefined {
  const v = raw[field]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'string') {
    errors.push({ field, message: fill(M.notText, { label: detailLabels[field] }) })
    return undefined
  }
  const trimmed = v.trim()
  return trimmed === '' ? undefined : trimmed
}

/** Validates and normalises the optional report details. Never throws. */
export function parseReportDetails(raw: unknown): ReportDetailsResult {
  try {
    if (raw === undefined || raw === null) return { ok: true, value: {} }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      return { ok: false, errors: [{ field: '', message: M.notRecord }] }
    }
    const input = raw as Record<string, unknown>
    const errors: FieldError[] = []
    const value: ReportDetails = {}

    const name = readText(input, 'recipientName', errors)
    if (name !== undefined) {
      if (charCount(name) > MAX_NAME_CHARS) {
        errors.push({
          field: 'recipientName',
          message: fill(M.nameTooLong, { max: MAX_NAME_CHARS }),
        })
      } else value.recipientName = name
    }

    const wechatId = readText(input, 'recipientWechatId', errors)
    if (wechatId !== undefined) {
      if (charCount(wechatId) > MAX_WECHAT_ID_CHARS) {
        errors.push({
          field: 'recipientWechatId',
          message: fill(M.wechatIdTooLong, { max: MAX_WECHAT_ID_CHARS }),
        })
      } else if (!/^[A-Za-z0-9_-]+$/.test(wechatId)) {
        errors.push({
          field: 'recipientWechatId',
          message: M.wechatIdChars,
        })
      } else value.recipientWechatId = wechatId
    }

    const txRaw = readText(input, 'transactionId', errors)
    if (txRaw !== undefined) {
      // Numbers copied from a screenshot or typed on a Chinese keyboard often carry spaces between
      // groups or full-width digits.
      const tx = txRaw
        .replace(/\s+/g, '')
        .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      if (!/^[0-9]+$/.test(tx)) {
        errors.push({ field: 'transactionId', message: M.transactionIdDigits })
      } else if (tx.length < MIN_TRANSACTION_DIGITS || tx.length > MAX_TRANSACTION_DIGITS) {
        errors.push({
          field: 'transactionId',
          message: fill(M.transactionIdLength, {
            min: MIN_TRANSACTION_DIGITS,
            max: MAX_TRANSACTION_DIGITS,
          }),
        })
      } else value.transactionId = tx
    }

    const story = readText(input, 'story', errors)
    if (story !== undefined) {
      if (charCount(story) > MAX_STORY_CHARS) {
        errors.push({ field: 'story', message: fill(M.storyTooLong, { max: MAX_STORY_CHARS }) })
      } else value.story = story
    }

    return errors.length ? { ok: false, errors } : { ok: true, value }
  } catch {
    return { ok: false, errors: [{ field: '', message: M.unreadable }] }
  }
}
