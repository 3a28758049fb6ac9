import type { Scenario } from './checklist'
import type { SourceId } from './sources'
import type { Stage } from './stage'
import { phrases } from '../content/phrases'

/** How both polite messages open. */
const MISTAKEN_OPENING = '你好，打扰了。我{{when}}给你转了{{amount}}，是我转错了。'

/**
 * Messages to copy when asking the recipient to give the money back, and what not to do.
 *
 * The firm template cites 民法典第985条 (L1) and says the sender will use legal routes (L3); it makes
 * no threat. The messages double as evidence: L3 says to keep "your requests to return first", so
 * they must read well in front of a judge. Placeholders are `{{when}}` and `{{amount}}`.
 */
export type TemplateId = 'polite-pending' | 'polite' | 'firm' | 'reply-stranger'

export interface MessageTemplate {
  id: TemplateId
  title: string
  /** When to use it. */
  useWhen: string
  body: string
  sourceIds: SourceId[]
}

export const messageTemplates: MessageTemplate[] = [
  {
    // T3: the recipient can tap 退还 on a pending transfer.
    id: 'polite-pending',
    title: '客气版（对方还没收款）',
    useWhen: '对方还没点收款时',
    body: MISTAKEN_OPENING + '麻烦你在转账消息上点一下“退还”，钱会直接退回给我。谢谢你！',
    sourceIds: ['T3'],
  },
  {
    id: 'polite',
    title: '客气版（对方已收款）',
    useWhen: phrases.arrivedOnly,
    body: MISTAKEN_OPENING + '麻烦你把这笔钱转回给我。给你添麻烦了，谢谢你！',
    sourceIds: ['T4'],
  },
  {
    // L1: 第985条 unjust enrichment; L3: the civil route. Lawful, calm, no threats.
    id: 'firm',
    title: '正式版（对方不回应或拒绝）',
    useWhen: '客气地问过，对方不回应或拒绝时',
    body:
      '你好。我{{when}}误转给你{{amount}}。这笔钱你没有法律依据取得，' +
      '根据《民法典》第985条，应当返还给我。请你收到消息后尽快转回。' +
      '转账记录和聊天记录我都已保存。如果一直不处理，我只能通过法律途径解决。',
    sourceIds: ['L1', 'L3'],
  },
  {
    // S2: never send money back yourself to a stranger who says they paid you by mistake.
    id: 'reply-stranger',
    title: '回复“转错了”的陌生人',
    useWhen: '陌生人说转错钱给你、让你转回时',
    body:
      '你好。为了安全，我不会另外转钱给你。' +
      '如果转账我还没收，我会点“退还”，钱会原路回到你那里；其他情况请你联系微信客服处理。',
    sourceIds: ['S2', 'T3'],
  },
]

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

/**
 * The messages that fit a scenario and, if known, a stage: "please tap 退还" only while the
 * transfer is pending (T3), "please send it back" once accepted (T4); without a known stage both.
 * The reply to a stranger who claims a mistaken payment (S2) fits every scenario.
 */
export function templatesFor(scenario: Scenario, stage?: Stage): MessageTemplate[] {
  const known = stage !== undefined && stage !== 'unknown'
  return messageTemplates.filter((t) => {
    if (t.id === 'reply-stranger') return true
    if (!asksForReturn(scenario)) return false
    if (!known) return true
    if (t.id === 'polite-pending') return stage === 'awaiting-acceptance'
    if (t.id === 'polite') return stage !== 'awaiting-acceptance'
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
const AMOUNT_FALLBACK = '一笔钱'
const WHEN_FALLBACK = '之前'

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
export function renderTemplate(id: TemplateId | string, fill: TemplateFill = {}): string {
  const template = messageTemplates.find((t) => t.id === id)
  if (!template) return ''
  const amount = cleanFill(fill.amountText) || AMOUNT_FALLBACK
  const time = cleanFill(fill.timeText)
  const when = time ? `在${time}` : WHEN_FALLBACK
  return template.body.split('{{when}}').join(when).split('{{amount}}').join(amount)
}

export interface DontDo {
  id: string
  text: string
  why: string
  sourceIds: SourceId[]
}

/**
 * What not to do while asking for the money back. FACTS has no row on threats, shaming or call
 * recording as such; these rest on L3 (your messages and records become the evidence in an
 * unjust-enrichment suit, so they must hold up) and on S1/S2 for the money-moving ones.
 */
export const dontDoList: DontDo[] = [
  {
    id: 'no-threats',
    text: '不要威胁、辱骂对方。',
    why: '你发的消息以后可能作为证据交给法院，要经得起看。',
    sourceIds: ['L3'],
  },
  {
    id: 'no-public-shaming',
    text: '不要在群里、朋友圈或网上挂人、曝光对方。',
    why: '这帮不了你要回钱，还可能惹出新的纠纷。要钱请走投诉、报警、起诉。',
    sourceIds: ['L3', 'C2'],
  },
  {
    id: 'no-harassment',
    text: '不要反复打电话、刷屏骚扰对方或对方的家人。',
    why: '清楚地说一两次，保存好记录，然后走正式途径。',
    sourceIds: ['L3'],
  },
  {
    id: 'record-with-notice',
    text: '想给通话录音，先告诉对方“我会录音”。',
    why: '录音可以和聊天记录一起保存作证据。先告知对方，更稳妥。',
    sourceIds: ['L3', 'C8'],
  },
  {
    id: 'no-money-to-strangers',
    text: '不要自己转钱给说“转错了”的陌生人。',
    why: '请对方走微信的官方渠道；你没收的转账，点“退还”就行。',
    sourceIds: ['S2', 'T3'],
  },
  {
    id: 'no-paid-recovery',
    text: '不要付钱给任何“追回服务”。',
    why: '说能追回、要你先交钱的，都是骗局。',
    sourceIds: ['S1'],
  },
]
