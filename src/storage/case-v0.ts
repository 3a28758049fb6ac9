import { storageMessages } from '../content/messages'
import { v } from '../domain'
import type { Check } from './envelope'

/**
 * Version 0 of a stored case: the format before envelopes. It kept the amount in yuan as a float
 * and times as ISO strings from Date.prototype.toISOString(). Reading it converts to version 1
 * (integer fen, epoch ms); the store then writes the converted value back.
 */
// Only strings with a zone: a zone-less time would depend on the phone's time zone.
const isoText = v.string({
  pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/,
})

/** An ISO instant as epoch ms; a text of the right form that is no real time (month 13) fails. */
const isoInstant: v.Schema<number> = (input, path, issues) => {
  const text = isoText(input, path, issues)
  if (text === v.INVALID) return v.INVALID
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? v.invalid(issues, path) : ms
}

// Fields of the transfer beyond these are kept: the current rules decide what they make of them.
const caseV0 = v.object({
  id: v.string(),
  label: v.optional(v.string()),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  transfer: v.object(
    {
      method: v.string(),
      sentAt: isoInstant,
      amountYuan: v.number({ finite: true }),
      arrival: v.string(),
      recipient: v.string(),
      acceptedAt: v.optional(isoInstant),
      cause: v.string(),
      crossBorder: v.optional(v.boolean()),
    },
    { unknownKeys: 'keep' },
  ),
})

export function migrateCaseV0(data: unknown): Check<unknown> {
  const parsed = v.parse(caseV0, data)
  if (!parsed.ok) return { ok: false, reason: storageMessages.v0Incomplete }
  const { amountYuan, ...transfer } = parsed.value.transfer
  const amountFen = Math.round(amountYuan * 100)
  // Floats like 19.99 are 1998.9999… fen; anything further off had more than two decimals.
  if (Math.abs(amountYuan * 100 - amountFen) > 0.001) {
    return { ok: false, reason: storageMessages.v0Amount }
  }
  return { ok: true, value: { ...parsed.value, transfer: { ...transfer, amountFen } } }
}
