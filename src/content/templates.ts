import type { SourceId } from './sources'
import { phrases } from './phrases'

/**
 * Messages to copy when asking the recipient to give the money back, and what not to do.
 *
 * The firm template cites 民法典第985条 (L1) and says the sender will use legal routes (L3); it makes
 * no threat. The messages double as evidence: L3 says to keep "your requests to return first", so
 * they must read well in front of a judge. The gaps are `{when}` and `{amount}`, filled with the
 * user's own values or, without them, with `templateFallbacks`.
 */
export interface MessageTemplateText {
  title: string
  /** When to use it. */
  useWhen: string
  body: string
  sourceIds: readonly SourceId[]
}

/** How both polite messages open. */
const MISTAKEN_OPENING = '你好，打扰了。我{when}给你转了{amount}，是我转错了。'
/** A child's transfer: the parent writes, and says who sent it. */
const MINOR_OPENING = '你好，打扰了。我家孩子（未成年）{when}误转给你{amount}。'
const TAP_RETURN = '麻烦你在转账消息上点一下“退还”，钱会直接退回给我。谢谢你！'
const SEND_BACK = '麻烦你把这笔钱转回给我。给你添麻烦了，谢谢你！'
/** L1: 第985条 unjust enrichment; L3: the civil route. Lawful, calm, no threats. */
const FIRM_DEMAND =
  '这笔钱你没有法律依据取得，' +
  '根据《民法典》第985条，应当返还给我。请你收到消息后尽快转回。' +
  '转账记录和聊天记录我都已保存。如果一直不处理，我只能通过法律途径解决。'

/**
 * `minor-*`: the same three messages for a child's transfer, which the parent sends: "是我转错了"
 * would be untrue there.
 */
export const messageTemplateTexts = {
  // T3: the recipient can tap 退还 on a pending transfer.
  'polite-pending': {
    title: '客气版（对方还没收款）',
    useWhen: '对方还没点收款时',
    body: MISTAKEN_OPENING + TAP_RETURN,
    sourceIds: ['T3'],
  },
  polite: {
    title: '客气版（对方已收款）',
    useWhen: phrases.arrivedOnly,
    body: MISTAKEN_OPENING + SEND_BACK,
    sourceIds: ['T4'],
  },
  firm: {
    title: '正式版（对方不回应或拒绝）',
    useWhen: '客气地问过，对方不回应或拒绝时',
    body: '你好。我{when}误转给你{amount}。' + FIRM_DEMAND,
    sourceIds: ['L1', 'L3'],
  },
  'minor-pending': {
    title: '孩子转的：客气版（对方还没收款）',
    useWhen: '孩子误转、对方还没点收款时',
    body: MINOR_OPENING + TAP_RETURN,
    sourceIds: ['T3'],
  },
  'minor-polite': {
    title: '孩子转的：客气版（对方已收款）',
    useWhen: '孩子误转、对方已经收款时',
    body: MINOR_OPENING + SEND_BACK,
    sourceIds: ['T4'],
  },
  'minor-firm': {
    title: '孩子转的：正式版（对方不回应或拒绝）',
    useWhen: '客气地问过，对方不回应或拒绝时（孩子转的）',
    body: '你好。我家孩子（未成年）{when}误转给你{amount}。' + FIRM_DEMAND,
    sourceIds: ['L1', 'L3'],
  },
  // S2: never send money back yourself to a stranger who says they paid you by mistake.
  'reply-stranger': {
    title: '回复“转错了”的陌生人',
    useWhen: '陌生人说转错钱给你、让你转回时',
    body:
      '你好。为了安全，我不会另外转钱给你。' +
      '如果转账我还没收，我会点“退还”，钱会原路回到你那里；其他情况请你联系微信客服处理。',
    sourceIds: ['S2', 'T3'],
  },
} as const satisfies Record<string, MessageTemplateText>

export type TemplateId = keyof typeof messageTemplateTexts

/**
 * What fills a template's gaps: `whenAt` around the time the user gave; without a time or an
 * amount, wording that still reads naturally ('我之前给你转了一笔钱').
 */
export const templateFallbacks = {
  whenAt: '在{time}',
  when: '之前',
  amount: '一笔钱',
} as const

export interface DontDoText {
  text: string
  why: string
  /**
   * Empty for the app's own guidance (`guidance: true`): advice no source in the catalogue states,
   * shown as "来源：无" with no confidence, never dressed up with a source that does not say it.
   */
  sourceIds: readonly SourceId[]
  guidance?: true
}

/**
 * What not to do while asking for the money back. FACTS has no row on threats, shaming or
 * harassment, so those are the app's own guidance, worded modestly and marked as such; the
 * money-moving ones rest on S1/S2. Nothing is said about recording calls: FACTS does not settle
 * whether the other side must be told.
 */
export const dontDoTexts = {
  'no-threats': {
    text: '不要威胁、辱骂对方。',
    why: '你发的消息以后可能要拿给别人看，要经得起看。',
    sourceIds: [],
    guidance: true,
  },
  'no-public-shaming': {
    text: '不要在群里、朋友圈或网上挂人、曝光对方。',
    why: '这帮不了你要回钱，还可能惹出新的纠纷。要钱请走投诉、报警、起诉。',
    sourceIds: [],
    guidance: true,
  },
  'no-harassment': {
    text: '不要反复打电话、刷屏骚扰对方或对方的家人。',
    why: '清楚地说一两次，保存好记录，然后走正式途径。',
    sourceIds: [],
    guidance: true,
  },
  'no-money-to-strangers': {
    text: '不要自己转钱给说“转错了”的陌生人。',
    why: '请对方走微信的官方渠道；你没收的转账，点“退还”就行。',
    sourceIds: ['S2', 'T3'],
  },
  'no-paid-recovery': {
    text: '不要付钱给任何“追回服务”。',
    why: '说能追回、要你先交钱的，都是骗局。',
    sourceIds: ['S1'],
  },
} as const satisfies Record<string, DontDoText>

export type DontDoId = keyof typeof dontDoTexts
