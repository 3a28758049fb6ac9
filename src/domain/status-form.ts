import { HOUR, MINUTE } from './time'
import {
  MAX_AMOUNT_FEN,
  parseTransferCase,
  type ArrivalSetting,
  type FieldError,
  type ParseResult,
  type RecipientState,
  type TransferCause,
  type TransferMethod,
} from './transfer-case'
import { fill } from '../content/fill'
import { formatDate, formatTime } from '../format/time'
import {
  caseMessages,
  formMessages as m,
  pickedMoments,
  quickTimeLabels,
} from '../content/messages'

/**
 * The status-check form as the user filled it: choices, plus the raw strings of the amount box and
 * the date/time pickers. Turning it into a TransferCase input is pure: `now` is always a parameter.
 *
 * Dates and times are the phone's LOCAL wall clock. The user copies them from their 账单, which
 * WeChat shows in the phone's own zone, so the conversion uses local-time Date constructors on
 * purpose (the rules module elsewhere works in absolute epoch ms and never looks at a zone).
 */
export interface StatusFormValues {
  method?: TransferMethod
  /** 'YYYY-MM-DD', as a date picker gives it. */
  sentDate: string
  /** 'HH:mm', as a time picker gives it. */
  sentTime: string
  /** What the user typed in the amount box, in 元. */
  amountText: string
  arrival?: ArrivalSetting
  recipient?: RecipientState
  /** Optional: when the recipient accepted (only asked for an accepted, delayed chat transfer). */
  acceptedDate: string
  acceptedTime: string
  cause?: TransferCause
  crossBorder?: boolean
  /** True while the transfer time is a quick answer ("半小时前"), not one read from 账单. */
  sentEstimated?: boolean
}

export type YuanResult = { ok: true; fen: number } | { ok: false; message: string }
export type LocalTimeResult = { ok: true; ms: number } | { ok: false; message: string }

// The pickers' strings come from the app's one date formatter (dayjs, in the phone's own zone,
// as the parsing below): a pure module, so the rules module may use it.
/** 'YYYY-MM-DD' of an instant on the phone's local calendar (what a date picker shows). */
export const localDateString = (ms: number): string => formatDate(ms)

/** 'HH:mm' of an instant on the phone's local clock (what a time picker shows). */
export const localTimeString = (ms: number): string => formatTime(ms)

/**
 * What the form starts with. The transfer time starts EMPTY: a prefilled "now" would be kept by
 * someone who opens the app an hour later, shifting every window (auto-return, arrival, the
 * 30-minute 止付 window) later than reality. The user picks a quick answer or the exact time from
 * 账单. `now` is accepted for callers that pass the clock; nothing is derived from it.
 */
export function initialStatusForm(now?: number): StatusFormValues {
  void now
  return {
    sentDate: '',
    sentTime: '',
    amountText: '',
    // 实时到账 is WeChat's default (D1); most people never changed it.
    arrival: 'instant',
    acceptedDate: '',
    acceptedTime: '',
  }
}

/** A quick answer to "什么时候转的？": how long ago, as the user would say it. */
export interface QuickTime {
  /** Stable, for element ids ('now', '10m', ...). */
  id: keyof typeof quickTimeLabels
  label: string
  agoMs: number
}

export const QUICK_TIMES: readonly QuickTime[] = [
  { id: 'now', label: quickTimeLabels.now, agoMs: 0 },
  { id: '10m', label: quickTimeLabels['10m'], agoMs: 10 * MINUTE },
  { id: '30m', label: quickTimeLabels['30m'], agoMs: 30 * MINUTE },
  { id: '1h', label: quickTimeLabels['1h'], agoMs: HOUR },
  { id: '2h', label: quickTimeLabels['2h'], agoMs: 2 * HOUR },
]

/** The pickers' values for a quick answer at `now` (local wall clock, to the minute). */
export function quickTimeValues(now: number, agoMs: number): { date: string; time: string } {
  const at = now - agoMs
  return { date: localDateString(at), time: localTimeString(at) }
}

/** Shown on the time field when no time is chosen yet. */
export const SENT_TIME_MISSING = m.sentTimeMissing

/** Full-width digits and punctuation (from a Chinese keyboard or a paste) as ASCII. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/，/g, ',')
}

/** Digits with correct thousands groups ('1,000', '12,345'), or plain digits, or nothing. */
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/

/**
 * The amount box's text in 元 → integer 分. Parsed as a string, never `parseFloat(x) * 100`
 * (0.29 * 100 is 28.999999999999996 in floating point). Accepts '500', '12.5', '.5', full-width
 * digits, a leading ¥ or trailing 元, and correctly grouped thousands ('1,000.50'); trailing zeros
 * past the cents are harmless ('12.340'). Everything else gets a Chinese message.
 */
export function parseYuan(text: string): YuanResult {
  const clean = toHalfWidth(String(text ?? ''))
    .replace(/\s+/g, '')
    .replace(/^[¥￥]/, '')
    // A trailing 元, as its code point: code outside src/content holds no Chinese characters.
    .replace(/\u5143$/, '')
  if (clean === '') return { ok: false, message: caseMessages.amountMissing }
  if (clean.startsWith('-')) return { ok: false, message: m.amountNegative }
  const match = AMOUNT.exec(clean)
  if (!match || clean === '.' || (match[1] === '' && match[2] === undefined)) {
    return { ok: false, message: m.amountNotDigits }
  }
  const whole = match[1].replace(/,/g, '').replace(/^0+(?=\d)/, '')
  const fraction = (match[2] ?? '').replace(/0+$/, '')
  if (fraction.length > 2) return { ok: false, message: m.amountDecimals }
  // Checked on the digits before any arithmetic, so a long paste can never lose precision.
  const maxYuanDigits = String(MAX_AMOUNT_FEN / 100).length
  if (whole.length > maxYuanDigits) {
    return { ok: false, message: caseMessages.amountTooLarge }
  }
  const fen = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'))
  if (fen <= 0) return { ok: false, message: caseMessages.amountNotPositive }
  if (fen > MAX_AMOUNT_FEN) return { ok: false, message: caseMessages.amountTooLarge }
  return { ok: true, fen }
}

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * A date picker's 'YYYY-MM-DD' and a time picker's 'HH:mm' → epoch ms, read as the phone's local
 * time. `what` names the moment in messages ('转账' / '对方收款').
 */
export function localDateTimeToMs(date: string, time: string, what: string): LocalTimeResult {
  const refuse = (message: string) => ({ ok: false as const, message: fill(message, { what }) })
  if (!date) return refuse(m.pickDate)
  if (!time) return refuse(m.pickTime)
  const d = DATE.exec(date.trim())
  const t = TIME.exec(time.trim())
  if (!d) return refuse(m.dateFormat)
  if (!t) return refuse(m.timeFormat)
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])]
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)]
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return refuse(m.noSuchDate)
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return refuse(m.noSuchTime)
  }
  const local = new Date(year, month - 1, day, hour, minute, second, 0)
  // A wall-clock time skipped by a daylight-saving change has no instant (China has none since
  // 1991, but a phone abroad may): the Date constructor would silently move it.
  if (local.getHours() !== hour || local.getMinutes() !== minute || local.getDate() !== day) {
    return refuse(m.skippedTime)
  }
  return { ok: true, ms: local.getTime() }
}

/**
 * Whether the form asks about the arrival setting and the recipient's state: not for a QR payment,
 * a 红包 or another way, which no FACTS row gives an accept step or a delay (T1 scope, D5).
 */
export function asksTransferState(v: Pick<StatusFormValues, 'method'>): boolean {
  return v.method !== 'other'
}

/** Whether the form asks when the recipient accepted: only then does that time move a deadline. */
export function asksAcceptedAt(v: StatusFormValues): boolean {
  return v.method === 'chat' && v.recipient === 'accepted' && !!v.arrival && v.arrival !== 'instant'
}

/** Whether a choice can be shown: a phone-number transfer has no 待确认 step (T5). */
export function recipientAllowed(method: TransferMethod | undefined, r: RecipientState): boolean {
  return !(method === 'phone' && r === 'pending')
}

export interface FormChange {
  values: StatusFormValues
  /** Errors the change itself raises (e.g. a choice it had to undo), by field. */
  errors: FieldError[]
}

/**
 * Applies one change. Switching to 手机号转账 while 待对方确认收款 is chosen drops that choice and
 * says why beside the field, since a phone-number transfer never waits for acceptance (T5).
 */
export function changeStatusForm(
  values: StatusFormValues,
  patch: Partial<StatusFormValues>,
): FormChange {
  const next = { ...values, ...patch }
  // A time picked by hand is the user's reading of 账单, no longer a quick estimate.
  if (('sentDate' in patch || 'sentTime' in patch) && !('sentEstimated' in patch)) {
    next.sentEstimated = false
  }
  const errors: FieldError[] = []
  if (next.recipient && !recipientAllowed(next.method, next.recipient)) {
    next.recipient = undefined
    errors.push({ field: 'recipient', message: m.phonePendingDropped })
  }
  return { values: next, errors }
}

/**
 * The raw TransferCase input the form describes, plus the errors found while converting its
 * strings (reported on the same field names `parseTransferCase` uses: amountFen, sentAt, acceptedAt).
 */
export function statusFormToInput(v: StatusFormValues): {
  raw: Record<string, unknown>
  errors: FieldError[]
} {
  const errors: FieldError[] = []
  // Not asked for a payment the app cannot follow: nothing is known of its state or setting.
  const asked = asksTransferState(v)
  const raw: Record<string, unknown> = {
    method: v.method,
    arrival: asked ? v.arrival : 'unknown',
    recipient: asked ? v.recipient : 'unknown',
    cause: v.cause,
  }
  if (v.crossBorder !== undefined) raw.crossBorder = v.crossBorder
  if (v.sentEstimated) raw.sentEstimated = true

  const amount = parseYuan(v.amountText)
  if (amount.ok) raw.amountFen = amount.fen
  else errors.push({ field: 'amountFen', message: amount.message })

  const sent =
    !v.sentDate && !v.sentTime
      ? ({ ok: false, message: SENT_TIME_MISSING } as const)
      : localDateTimeToMs(v.sentDate, v.sentTime, pickedMoments.sent)
  if (sent.ok) raw.sentAt = sent.ms
  else errors.push({ field: 'sentAt', message: sent.message })

  // Optional: left empty, the rules work with the range of possible acceptance times.
  if (asksAcceptedAt(v) && (v.acceptedDate || v.acceptedTime)) {
    const accepted = localDateTimeToMs(
      v.acceptedDate || v.sentDate,
      v.acceptedTime,
      pickedMoments.accepted,
    )
    if (accepted.ok) raw.acceptedAt = accepted.ms
    else errors.push({ field: 'acceptedAt', message: accepted.message })
  }
  return { raw, errors }
}

/**
 * The whole submit: convert the strings, then check the case against the rules at `now`. Errors
 * come back one per field; a conversion error wins over the rules' message for the same field
 * (it says what is wrong with what the user typed).
 */
export function submitStatusForm(v: StatusFormValues, now: number): ParseResult {
  const { raw, errors } = statusFormToInput(v)
  // The user says the transfer shows 已收款 now, without knowing since when: acceptance happened
  // by now at the latest. That bounds the range (acceptedBy) without inventing an acceptance time.
  if (asksAcceptedAt(v) && !v.acceptedDate && !v.acceptedTime && raw.sentAt !== undefined) {
    raw.acceptedBy = Math.max(now, raw.sentAt as number)
  }
  const parsed = parseTransferCase(raw, now)
  if (parsed.ok && errors.length === 0) return parsed
  const seen = new Set(errors.map((e) => e.field))
  const merged = [...errors]
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      if (seen.has(e.field)) continue
      seen.add(e.field)
      merged.push(e)
    }
  }
  return { ok: false, errors: merged }
}

/** Field errors as a map for the form (first message per field wins). */
export function errorsByField(errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of errors) if (!(e.field in out)) out[e.field] = e.message
  return out
}
