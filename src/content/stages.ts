import type { SourceId } from './sources'
import { arrivalLabels, recipientLabels } from './labels'
import { AFTER_ARRIVAL } from './lines'

/**
 * The result page's and the countdown's first lines: the stage in one plain sentence, and what
 * the rules had to assume because the user did not know it. Keyed by the domain's Stage values
 * (plus the cause-specific wordings below) and by assumption ids; src/domain/stage.ts and
 * src/domain/assess.ts choose among them. The stage sentence is advice like any other: it cites
 * its facts, so the hedge and the 依据 list follow it, and it never states as fact what the app
 * only inferred from the user's answers or the clock.
 */
export interface SourcedText {
  text: string
  sourceIds: readonly SourceId[]
}

/** Where a delay shows in 账单 (D2, D3): how to tell that a complaint is still possible. */
const STILL_PENDING =
  '还写着“待入账”或“资金将在…后存入对方零钱”的，说明还在延时中，马上在页面底部点“投诉”'

/**
 * The stage in one plain sentence. `awaiting-acceptance-crime`: fraud is possible or the account
 * was stolen: the other side can accept at any moment, so no comfort first (T1, T2, C8).
 * `arrived-mistaken`: a mistaken transfer's routes after arrival are the recipient and a court
 * (T4, L3). `untracked`: a payment no FACTS row times (T1 covers chat transfers only, D5).
 */
export const stageSummaries = {
  'awaiting-acceptance': {
    text: `对方还没点收款，钱还没到对方手里；对方一直不收的话，约 24 小时后应该会自动退回给你。`,
    sourceIds: ['T1', 'T2'],
  },
  'awaiting-acceptance-crime': {
    text: '对方还没点收款，但对方随时可能收下：现在就报警；别点“提醒对方收款”，也别再给对方转钱。对方一直不收的话，约 24 小时后应该会自动退回。',
    sourceIds: ['T1', 'T2', 'C8'],
  },
  // T1 says "about 24 hours": the app cannot see the refund, so it never states it as done.
  'auto-returned': {
    text: '已过约 24 小时，对方没有收款的话，这笔钱应该已经自动退回，请在零钱或账单里确认钱已经回来。',
    sourceIds: ['T1'],
  },
  'in-delay': {
    text: '按你填的时间，钱应该还在延时中、还没进对方零钱。请趁到账前在账单里对这笔“待入账”的转账投诉：微信审核后可能退回，不保证。',
    sourceIds: ['D2', 'D3'],
  },
  arrived: {
    text: `按你填的情况，钱应该已经进了对方零钱。请再看一眼账单里这笔转账：${STILL_PENDING}。${AFTER_ARRIVAL.text}`,
    sourceIds: ['T4', 'D2', 'D3', ...AFTER_ARRIVAL.sourceIds],
  },
  'arrived-mistaken': {
    text: `按你填的情况，钱应该已经进了对方零钱。请再看一眼账单里这笔转账：${STILL_PENDING}。${AFTER_ARRIVAL.mistaken}`,
    sourceIds: ['T4', 'D2', 'D3', 'L3'],
  },
  returned: {
    text: `按你记录的，对方已经退还了这笔钱（${recipientLabels.returned}），请查看钱是否回到你的零钱或银行卡。`,
    sourceIds: ['T3'],
  },
  unknown: {
    text: '还不确定对方是否收款；先在账单里看一眼这笔转账的状态，就知道下一步怎么做。',
    sourceIds: ['T1', 'T4'],
  },
  untracked: {
    text: '这种付款不按聊天转账的规则，本应用算不出它的时间，也不能说它会不会退回。被骗或怀疑被骗的，请马上拨打 110，并在和对方的聊天里投诉“存在欺诈骗钱行为”。',
    sourceIds: ['T1', 'D5', 'C2', 'C6', 'C8'],
  },
} as const satisfies Record<string, SourcedText>

export type StageSummaryKey = keyof typeof stageSummaries

/**
 * Headlines that replace the stage sentence. `may-have-arrived`: between the earliest and the
 * latest possible arrival of a transfer accepted at an unknown time, the in-delay sentence would
 * say too much. `arrival-unknown`: the same, because the user does not know the arrival setting
 * (D1): the money may have landed at once, or may be 2 or 24 hours away.
 */
export const headlines = {
  'may-have-arrived': {
    text: '最早到账时间已过，钱可能已经进了对方零钱，也可能还在延时中；先看账单，还显示“待入账”的话马上投诉。',
    sourceIds: ['D2', 'D3'],
  },
  'arrival-unknown': {
    text: `你不清楚到账时间设置：钱可能已经进了对方零钱，也可能还在延时中（设了“${arrivalLabels.delay24h}”的，最晚要 24 小时后才到）。先看账单里这笔转账：${STILL_PENDING}。`,
    sourceIds: ['D1', 'D2', 'D3'],
  },
} as const satisfies Record<string, SourcedText>

/**
 * What the rules assume where the user did not say. `accepted-time-unknown`: a delayed chat
 * transfer accepted at an unknown time is reckoned from both ends, the transfer itself and either
 * ~24 h later (`bySendTime`) or when the user saw it accepted (`bySeenTime`). `arrival-unknown`:
 * every arrival setting is possible (D1). `phone-unknown`: a phone-number transfer has no accept
 * step. `sent-estimated`: the transfer time was a quick estimate. `limitation-estimate`: the
 * limitation period is counted from the transfer, though the law counts from when the payer knew
 * of the loss and who is liable.
 */
export const assumptionTexts = {
  'accepted-time-unknown': {
    bySendTime:
      '不知道对方收款的准确时间：最早按转账时间收款推算，最晚按转账后约 24 小时收款推算；到账时间在这两者之间。',
    bySeenTime: `不知道对方收款的准确时间：最早按转账时间收款推算，最晚按你看到“${recipientLabels.accepted}”的时间推算；到账时间在这两者之间。`,
  },
  'arrival-unknown': `不清楚到账时间设置：三种设置都按可能推算，最早按“${arrivalLabels.instant}”，最晚按“${arrivalLabels.delay24h}”；请按最早的时间抓紧投诉，到最晚的时间之前都还可能在延时中。`,
  'phone-unknown': '按手机号转账无需确认收款推算：钱在转账后按你的到账时间设置进入对方零钱。',
  'sent-estimated':
    '转账时间是你估计的，倒计时按它推算；请尽快在账单里核对准确时间，并按更早的时间抓紧投诉、报警。',
  'limitation-estimate':
    '诉讼时效按转账时间粗略估算；法律上从你知道或应当知道损失和对方是谁时起算。',
} as const
