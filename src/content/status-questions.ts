import type { SourceId } from './sources'
import { arrivalLabels, methodLabels, recipientLabels } from './labels'
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
    hint: `在和对方的聊天窗口里发出的转账是“${methodLabels.chat}”；输入对方手机号转出的是“${methodLabels.phone}”。`,
    sourceIds: ['T5'],
  },
  sent: {
    label: '什么时候转的？',
    hint: `准确时间在 ${pathText(tapPaths.bill.steps)} 里：点开这笔转账就能看到，请按它选日期和时间。一时查不到，先点下面最接近的一项，之后再改。`,
    sourceIds: tapPaths.bill.sourceIds,
  },
  amount: { label: '转了多少钱？', hint: '单位是元，例如 500 或 12.50。' },
  arrival: {
    label: '你的“转账到账时间”设置是？',
    hint: `这是账户里的固定设置，不是每笔转账单独选的。没有改过的话就是“${arrivalLabels.instant}”。`,
    sourceIds: ['D1'],
  },
  recipient: {
    label: RECIPIENT_QUESTION,
    hint: `看聊天里的转账消息，或 账单 里这笔转账的状态。显示“资金将在2小时后存入对方零钱”（或24小时）的，选“${recipientLabels.accepted}”。`,
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
    hint: '延时从对方收款时开始算，准确时间看账单里这笔转账的详情。不知道可以不填：会按“最早在转账时收款、最晚在现在收款”推算，告诉你最早和最晚的到账时间。',
    sourceIds: ['D2'],
  },
  cause: { label: '发生了什么？', hint: '选最接近的一项，下面的建议会按它排先后。' },
  crossBorder: {
    label: '对方在境外吗？',
    hint: '对方的账户或人在境外（包括对方自称在境外）。不确定可以不选。',
  },
} satisfies Record<string, StatusQuestion>

/** Shown under the recipient question for a phone-number transfer (FACTS T5). */
export const phoneNoPendingNote = `${methodLabels.phone}没有“${recipientLabels.pending}”这一步：钱直接进入对方零钱，设置了延时到账的，到时间后进入。`
