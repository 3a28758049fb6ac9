import type { Scenario } from './checklist'
import type { Stage } from './stage'
import { fill } from '../content/fill'
import {
  dontDoTexts,
  messageTemplateTexts,
  templateFallbacks,
  type DontDoId,
  type DontDoText,
  type MessageTemplateText,
  type TemplateId,
} from '../content/templates'

/**
 * Messages to copy when asking the recipient to give the money back (words and sources in
 * src/content/templates.ts), and the rules for which fit a case.
 */
export type { TemplateId }

export interface MessageTemplate extends MessageTemplateText {
  id: TemplateId
}

export const messageTemplates: MessageTemplate[] = (
  Object.keys(messageTemplateTexts) as TemplateId[]
).map((id) => ({ id, ...messageTemplateTexts[id] }))

/**
 * Scenarios where asking the recipient to give the money back is the advice (the checklist's
 * ask-return / ask-recipient-decline items: T3, T4, L3). After a fraud or a stolen account the
 * routes are police and platform, and a message that says "我转错了" would be untrue. An overseas
 * recipient may well be a scammer: no "是我转错了" script goes to them; the fraud routes come
 * first (S1).
 */
const ASKS_FOR_RETURN: readonly Scenario[] = ['mistaken', 'minor']

export function asksForReturn(scenario: Scenario): boolean {
  return ASKS_FOR_RETURN.includes(scenario)
}

/** Once the money is back (or should be), no message asks for it (T1, T3). */
const SETTLED: readonly Stage[] = ['returned', 'auto-returned']

/** Whether asking-for-return messages are offered for a scenario at a stage (if known). */
export function offersReturnMessages(scenario: Scenario, stage?: Stage): boolean {
  return asksForReturn(scenario) && !(stage !== undefined && SETTLED.includes(stage))
}

/** The messages a parent sends for a child's transfer; the others are the payer's own. */
const FOR_MINOR: readonly TemplateId[] = ['minor-pending', 'minor-polite', 'minor-firm']
const WHILE_PENDING: readonly TemplateId[] = ['polite-pending', 'minor-pending']
const ONCE_ACCEPTED: readonly TemplateId[] = ['polite', 'minor-polite']

/**
 * The messages that fit a scenario and, if known, a stage: "please tap 退还" only while the
 * transfer is pending (T3), "please send it back" once accepted (T4); without a known stage both;
 * none once the money is back or should be. A child's transfer gets the parent's wording. The
 * reply to a stranger who claims a mistaken payment (S2) fits every scenario.
 */
export function templatesFor(scenario: Scenario, stage?: Stage): MessageTemplate[] {
  const known = stage !== undefined && stage !== 'unknown' && stage !== 'untracked'
  return messageTemplates.filter((t) => {
    if (t.id === 'reply-stranger') return true
    if (!offersReturnMessages(scenario, stage)) return false
    if (FOR_MINOR.includes(t.id) !== (scenario === 'minor')) return false
    if (!known) return true
    if (WHILE_PENDING.includes(t.id)) return stage === 'awaiting-acceptance'
    if (ONCE_ACCEPTED.includes(t.id)) return stage !== 'awaiting-acceptance'
    return true
  })
}

export interface TemplateFill {
  /** e.g. '¥1,234.50' (see formatYuan in summary.ts). */
  amountText?: string
  /** e.g. '5月1日 14:30'. */
  timeText?: string
}

const MAX_FILL = 40

/** Trims, flattens line breaks and caps the length, so a fill cannot break the message. */
function cleanFill(text: string | undefined): string {
  if (typeof text !== 'string') return ''
  const flat = text.replace(/\s+/g, ' ').trim()
  return Array.from(flat).slice(0, MAX_FILL).join('')
}

/**
 * The template's text with the blanks filled. Missing values fall back to wording that still reads
 * naturally ('我之前给你转了一笔钱'). Unknown ids give ''.
 */
export function renderTemplate(id: TemplateId | string, values: TemplateFill = {}): string {
  const template = messageTemplates.find((t) => t.id === id)
  if (!template) return ''
  const amount = cleanFill(values.amountText) || templateFallbacks.amount
  const time = cleanFill(values.timeText)
  const when = time ? fill(templateFallbacks.whenAt, { time }) : templateFallbacks.when
  return fill(template.body, { when, amount })
}

export interface DontDo extends DontDoText {
  id: DontDoId
}

/** What not to do while asking for the money back (src/content/templates.ts). */
export const dontDoList: DontDo[] = (Object.keys(dontDoTexts) as DontDoId[]).map((id) => ({
  id,
  ...dontDoTexts[id],
}))
