import { z } from 'zod'
import { storageMessages } from '../content/messages'
import type { Check } from './envelope'

/**
 * Version 0 of a stored case: the format before envelopes. It kept the amount in yuan as a float
 * and times as ISO strings from Date.prototype.toISOString(). Reading it converts to version 1
 * (integer fen, epoch ms); the store then writes the converted value back.
 */
const isoInstant = z
  .string()
  // Only strings with a zone: a zone-less time would depend on the phone's time zone.
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/)
  .transform((text, ctx) => {
    const ms = Date.parse(text)
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom })
      return z.NEVER
    }
    return ms
  })

const caseV0 = z.object({
  id: z.string(),
  label: z.string().optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  transfer: z
    .object({
      method: z.string(),
      sentAt: isoInstant,
      amountYuan: z.number().finite(),
      arrival: z.string(),
      recipient: z.string(),
      acceptedAt: isoInstant.optional(),
      cause: z.string(),
      crossBorder: z.boolean().optional(),
    })
    .passthrough(),
})

export function migrateCaseV0(data: unknown): Check<unknown> {
  const parsed = caseV0.safeParse(data)
  if (!parsed.success) return { ok: false, reason: storageMessages.v0Incomplete }
  const { amountYuan, ...transfer } = parsed.data.transfer
  const amountFen = Math.round(amountYuan * 100)
  // Floats like 19.99 are 1998.9999… fen; anything further off had more than two decimals.
  if (Math.abs(amountYuan * 100 - amountFen) > 0.001) {
    return { ok: false, reason: storageMessages.v0Amount }
  }
  return { ok: true, value: { ...parsed.data, transfer: { ...transfer, amountFen } } }
}
