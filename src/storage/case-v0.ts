import * as z from 'zod/mini'
import { storageMessages } from '../content/messages'
import { recordOnly } from '../domain'
import type { Check } from './envelope'

/**
 * Version 0 of a stored case: the format before envelopes. It kept the amount in yuan as a float
 * and times as ISO strings from Date.prototype.toISOString(). Reading it converts to version 1
 * (integer fen, epoch ms); the store then writes the converted value back.
 */
// Only strings with a zone: a zone-less time would depend on the phone's time zone.
const ISO_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/** An ISO instant as epoch ms; a text of the right form that is no real time (month 13) fails. */
const isoInstant = z.pipe(
  z.string().check(z.regex(ISO_TEXT)),
  z.transform((text: string, ctx) => {
    const ms = Date.parse(text)
    if (!Number.isNaN(ms)) return ms
    ctx.issues.push({ code: 'custom', input: text })
    return z.NEVER
  }),
)

// Fields of the transfer beyond these are kept: the current rules decide what they make of them.
const caseV0 = recordOnly(
  z.object({
    id: z.string(),
    label: z.optional(z.string()),
    createdAt: isoInstant,
    updatedAt: isoInstant,
    transfer: recordOnly(
      z.looseObject({
        method: z.string(),
        sentAt: isoInstant,
        amountYuan: z.number(),
        arrival: z.string(),
        recipient: z.string(),
        acceptedAt: z.optional(isoInstant),
        cause: z.string(),
        crossBorder: z.optional(z.boolean()),
      }),
    ),
  }),
)

export function migrateCaseV0(data: unknown): Check<unknown> {
  const parsed = z.safeParse(caseV0, data)
  if (!parsed.success) return { ok: false, reason: storageMessages.v0Incomplete }
  const { amountYuan, ...transfer } = parsed.data.transfer
  const amountFen = Math.round(amountYuan * 100)
  // Floats like 19.99 are 1998.9999… fen; anything further off had more than two decimals.
  if (Math.abs(amountYuan * 100 - amountFen) > 0.001) {
    return { ok: false, reason: storageMessages.v0Amount }
  }
  return { ok: true, value: { ...parsed.data, transfer: { ...transfer, amountFen } } }
}
