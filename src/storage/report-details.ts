import * as z from 'zod/mini'
import { storageMessages } from '../content/messages'
import {
  MAX_NAME_CHARS,
  MAX_STORY_CHARS,
  MAX_TRANSACTION_DIGITS,
  MAX_WECHAT_ID_CHARS,
  recordOnly,
  type ReportDetails,
} from '../domain'
import { detailsKey, isScope } from './keys'
import { readValue, writeValue, type StoreContext } from './context'
import { fail, type WriteResult } from './result'

/**
 * What the user has gathered for a complaint or police report (FACTS C8): the rules module's
 * ReportDetails, kept apart from the case so the case record stays small and a damaged detail
 * never costs the case itself. The domain (parseReportDetails) validates the content; storage only
 * bounds the shape, from the same limits.
 */
export type { ReportDetails }

/**
 * The domain counts characters as code points; storage's string bound counts UTF-16 units, where
 * an emoji takes two, so each storage bound is twice the domain's. Every value earlier versions
 * accepted still fits (their bounds were 50, 64, 64 and 1000 units). Keys this shape does not know
 * (an `account` field older versions declared but never wrote) are dropped on read, not refused.
 */
const text = (maxCodePoints: number) => z.optional(z.string().check(z.maxLength(2 * maxCodePoints)))

const detailsSchema = recordOnly(
  z.object({
    recipientName: text(MAX_NAME_CHARS),
    recipientWechatId: text(MAX_WECHAT_ID_CHARS),
    transactionId: text(MAX_TRANSACTION_DIGITS),
    story: text(MAX_STORY_CHARS),
  }),
)
const codec = { schema: detailsSchema }

/** Empty fields are dropped so "not filled in" has one shape. */
function compact(details: ReportDetails): ReportDetails {
  const out: ReportDetails = {}
  const fields = ['recipientName', 'recipientWechatId', 'transactionId', 'story'] as const
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
      if (!isScope(scope)) return fail(storageMessages.detailsScope)
      const parsed = z.safeParse(detailsSchema, details)
      if (!parsed.success) return fail(storageMessages.detailsBad)
      const value = compact(parsed.data)
      const written = writeValue(ctx, detailsKey(scope), value)
      return written.ok ? { ok: true, details: { ...value } } : written
    },
  }
}
