import { z } from 'zod'
import { detailsKey, isScope } from './keys'
import { readValue, writeValue, type StoreContext } from './context'
import { fail, type WriteResult } from './result'

/**
 * What the user has gathered for a complaint or police report (FACTS C8). Kept apart from the
 * case so the case record stays small and a damaged detail never costs the case itself. The
 * caller's domain function validates the content; storage only bounds the shape.
 */
export interface ReportDetails {
  recipientName?: string
  recipientWechatId?: string
  transactionId?: string
  account?: string
  /** 事情经过, the user's own short account of what happened. */
  story?: string
}

const text = (max: number) => z.string().max(max).optional()

const detailsSchema = z.object({
  recipientName: text(50),
  recipientWechatId: text(64),
  // 交易单号/转账单号 are about 28-32 digits; leave room for spaces the user pastes.
  transactionId: text(64),
  account: text(64),
  // The domain caps the story at 500 characters counted as code points; zod counts UTF-16 units,
  // where an emoji takes two, so the storage bound is twice that.
  story: text(1000),
})
const codec = { schema: detailsSchema }

/** Empty fields are dropped so "not filled in" has one shape. */
function compact(details: ReportDetails): ReportDetails {
  const out: ReportDetails = {}
  const fields = [
    'recipientName',
    'recipientWechatId',
    'transactionId',
    'account',
    'story',
  ] as const
  for (const field of fields) {
    const value = details[field]
    if (value) out[field] = value
  }
  return out
}

export type DetailsResult = WriteResult<{ details: ReportDetails }>

export interface ReportDetailsArea {
  /** {} when nothing was saved for this scope. */
  get(scope: string): ReportDetails
  /** Replaces the scope's details. */
  set(scope: string, details: ReportDetails): DetailsResult
}

export function createReportDetailsArea(ctx: StoreContext): ReportDetailsArea {
  return {
    get(scope) {
      if (!isScope(scope)) return {}
      return compact(readValue(ctx, detailsKey(scope), codec) ?? {})
    },
    set(scope, details) {
      if (!isScope(scope)) return fail('记录编号不正确')
      const parsed = detailsSchema.safeParse(details)
      if (!parsed.success) return fail('填写的内容太长或格式不正确，没有保存')
      const value = compact(parsed.data)
      const written = writeValue(ctx, detailsKey(scope), value)
      return written.ok ? { ok: true, details: { ...value } } : written
    },
  }
}
