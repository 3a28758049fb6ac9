import type { SourceId } from './sources'
import { phrases } from './phrases'
import { pathText, tapPaths } from './tap-paths'

/**
 * Sentences of advice that more than one list shows (the assessment, the checklist, the guides).
 * A fact has one home: every place that says it imports it from here, so they cannot drift apart.
 */
export interface SharedLine {
  text: string
  sourceIds: SourceId[]
}

/**
 * What 提醒对方收款 does (T2: it is one of the two things the payer can tap). It asks the recipient
 * to take the money and never brings it back, so a payer who does not want them to have it leaves it.
 */
export const REMINDER_LINE: SharedLine = {
  text: '“提醒对方收款”只会提醒对方来收下这笔钱，不会把钱退回给你；不想让对方收下，就不要点它。',
  sourceIds: ['T2'],
}

/**
 * Caller IDs can be faked (forbidden claim: a call showing an official number is genuine). Real
 * 96110 and police calls never ask for a transfer, a 验证码, a shared screen or an app (C6, F3-F5).
 */
export const CALLER_ID_LINE: SharedLine = {
  text:
    '来电显示可以伪造，显示 96110、110 或其他官方号码的来电也不一定是真的。' +
    '真正的反诈中心和警察不会让你转账、说验证码、共享屏幕或下载安装 App；拿不准就挂断，自己拨打 110 核实。',
  sourceIds: ['C6', 'F3', 'F4', 'F5'],
}

/**
 * Someone had the victim share their screen, read out a 验证码 or move money to a "安全账户": they
 * may still see or use the account. Stop the sharing (F4), secure and freeze the account (C4, P4),
 * call 110 (F3, F5, C6).
 */
export const SCREEN_SHARE_STEPS: SharedLine & { title: string; short: string; steps: string[] } = {
  title: '对方让你共享屏幕、说验证码，或转钱到“安全账户”',
  short:
    '对方让你共享过屏幕、说过验证码或转钱到“安全账户”的：马上在会议或共享 App 里点“结束共享”，修改支付密码，到微信安全中心冻结账号，再报警。',
  text: '对方可能还看得到你的屏幕、登得上你的账号。按下面的顺序马上做，再报警。公检法不会用电话、聊天办案，也没有“安全账户”。',
  steps: [
    '还在共享屏幕的，在会议或共享 App 里点“结束共享”（切到别的 App 不会停止共享）',
    '修改微信支付密码；验证码、密码都不要再告诉任何人',
    `${pathText(tapPaths.freezeAccount.steps)}（登录不了时用“腾讯客服”小程序的微信冻结，或${phrases.call95017Button}）`,
    '拨打 110 报警，说明对方让你共享屏幕、要过验证码或让你转到“安全账户”',
  ],
  sourceIds: ['F4', 'F5', 'F3', 'C4', 'P4', 'C6'],
}

/**
 * Paid from a bank card: the card's bank is a second place to report, alongside the police who run
 * the 紧急止付 (C8). Only the number on the card or in the bank's own app, never one sent by someone
 * else (C9: fake service numbers circulate).
 */
export const BANK_CARD_LINE: SharedLine = {
  text: '钱是从银行卡付的：报警的同时，也打银行的官方客服电话说明情况。号码看银行卡背面或银行官方 App，不要用别人发来的号码。',
  sourceIds: ['C8', 'C9'],
}

/**
 * T1's timing of the automatic return, as a clause inside other sentences (the action that waits
 * for it, the auto-return countdown). No source gives the timing of a recipient's 退还.
 */
export const REFUND_TIMING = '零钱支付的立即回到零钱，银行卡支付的 0-3 个工作日内回到原卡'

/** The first half of every "after arrival" sentence (T2: no self-service recall). */
const NO_RECALL_AFTER_ARRIVAL = '到账以后，你不能自己撤回；'
/** A mistaken transfer's routes after arrival: the recipient, then a court (T4, L3). */
const ASK_THEN_SUE = '先请对方退还，不还的可以起诉'

/**
 * What is left once the money is in the recipient's 零钱 (T4: the recipient returning it, or a
 * complaint, the police or a court), one sentence by cause: `text` where fraud is possible (or
 * nobody said), `mistaken` for a mistaken transfer, whose list has no police group, and `both`
 * where the cause is not known (a deadline card, a checklist item, a warning).
 */
export const AFTER_ARRIVAL: SharedLine & { mistaken: string; both: string } = {
  text: `${NO_RECALL_AFTER_ARRIVAL}要回钱需要对方退还，或者在微信里投诉对方、报警、起诉。`,
  mistaken: `${NO_RECALL_AFTER_ARRIVAL}要回钱${ASK_THEN_SUE}。`,
  both: `${NO_RECALL_AFTER_ARRIVAL}要回钱需要对方退还，或者在微信里投诉对方、报警、起诉（转错人：${ASK_THEN_SUE}）。`,
  sourceIds: ['T2', 'T4', 'C2', 'L3'],
}

/**
 * Plain glosses for the legal and police words, at their first use on the status result and the
 * countdown. FACTS C8 names 紧急止付 but not how it works, so its gloss says only who does it.
 */
export const glosses = {
  emergencyStop: '紧急止付（报警后由警方采取的紧急措施，具体怎么做以警方为准）',
  limitation: '诉讼时效（过了这个期限再起诉，可能得不到法院支持）',
  tenpay: '财付通（微信支付背后的公司）',
  publicSecurity: '治安案件（不算犯罪、由警方按治安管理处理）',
  largeAmount: '“数额较大”（够得上诈骗罪的金额）',
} as const
