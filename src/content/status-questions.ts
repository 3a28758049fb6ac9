import type { SourceId } from './sources'
import { arrivalLabels, causeLabels, methodLabels, recipientLabels } from './labels'
import { pathText, tapPaths } from './tap-paths'

/** One question of the status check: what it asks, and the hint that helps answer it. */
export interface StatusQuestion {
  label: string
  hint: string
  sourceIds?: readonly SourceId[]
}

const RECIPIENT_QUESTION = '这笔转账现在显示什么？'

/**
 * The seven questions of 状态自查 (the status page), in the order they are asked. The status form
 * renders these; the tap paths come from tap-paths.ts.
 */
export const statusQuestions = {
  method: {
    label: '钱是怎么转出去的？',
    hint: `在和对方的聊天窗口里发出的转账是“${methodLabels.chat}”；输入对方手机号转出的是“${methodLabels.phone}”；扫了对方的收款码、发的红包或别的方式，选“${methodLabels.other}”。`,
    sourceIds: ['T5'],
  },
  sent: {
    label: '什么时候转的？',
    hint: `准确时间在 ${pathText(tapPaths.bill.steps)} 里：点开这笔转账就能看到，请按它选日期和时间。一时查不到，先点下面最接近的一项，之后再改；拿不准就选更早的一项。`,
    sourceIds: [...tapPaths.bill.sourceIds, 'C8'],
  },
  amount: { label: '转了多少钱？', hint: '单位是元，例如 500 或 12.50。' },
  arrival: {
    label: '你的“转账到账时间”设置是？',
    hint: `这是账户里的固定设置，不是每笔转账单独选的，默认是“${arrivalLabels.instant}”。手机是别人帮你设置的、记不清的，选“${arrivalLabels.unknown}”。不确定的话，看这笔转账：写着“资金将在2小时后（或24小时后）存入对方零钱”的，就是开了延时到账。`,
    sourceIds: ['D1', 'D2'],
  },
  recipient: {
    label: RECIPIENT_QUESTION,
    hint: `看聊天里的转账消息，或 账单 里这笔转账的状态。显示“资金将在2小时后存入对方零钱”（或24小时）的，选“${recipientLabels.accepted}”（钱还没进对方零钱）。`,
    sourceIds: ['D2'],
  },
  /** The recipient question's hint for a phone-number transfer, which has no chat card. */
  recipientPhone: {
    label: RECIPIENT_QUESTION,
    hint: '看 账单 里这笔转账的状态。',
    sourceIds: ['T5'],
  },
  accepted: {
    label: '对方是什么时候收款的？',
    hint: '延时从对方收款时开始算。账单详情里如果写了对方收款的时间，就按它填；没有写的，可以不填：会按“最早在转账时收款、最晚在现在收款”推算，告诉你最早和最晚的到账时间。',
    sourceIds: ['D2'],
  },
  cause: {
    label: '发生了什么？',
    hint: `怀疑被骗，哪怕不确定，也选“${causeLabels.fraud}”或“${causeLabels.unsure}”：报警越早越好，转账后最初 30 分钟最关键；报了警由警察判断是不是诈骗。`,
    sourceIds: ['C8', 'C6', 'L5'],
  },
  crossBorder: {
    label: '对方在境外吗？',
    hint: '对方的账户或人在境外（包括对方自称在境外）。不确定可以不选。',
  },
} satisfies Record<string, StatusQuestion>

/** Shown under the recipient question for a phone-number transfer (FACTS T5). */
export const phoneNoPendingNote = `${methodLabels.phone}没有“${recipientLabels.pending}”这一步：钱直接进入对方零钱，设置了延时到账的，到时间后进入。`

/**
 * Shown under the method question for 扫码付款、红包或其他: T1 covers chat transfers only, and no
 * source says whether a delay applies to them (D5), so the form asks nothing about their state.
 */
export const otherMethodNote = {
  text: '这种付款不按聊天转账的规则，本应用算不出它的时间，也不能说它会不会退回，所以不再问到账设置和收款状态。被骗或怀疑被骗的，请马上拨打 110。',
  sourceIds: ['T1', 'D5', 'C6'],
} as const

/**
 * For someone who paid with Alipay and opened this app: its own route after a police report (P6,
 * medium-high, so the hedge shows).
 */
export const alipayNote = {
  text: '用支付宝转的？本应用按微信整理，时间和规则未必适用。支付宝转账没有确认收款这一步；报警后，可以在支付宝 账单 里点这笔转账的“投诉”，选“我被骗了，钱是我付的”。',
  sourceIds: ['P6'],
} as const
