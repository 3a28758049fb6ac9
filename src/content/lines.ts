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
 * may still see or use the account. One order on every screen that shows it: end the sharing first
 * (seconds, and the caller stops watching the phone, F4), then 110 while the first 30 minutes still
 * count (C8, F3, C6), and only then the password and the freeze (P4, C4), which take longer and
 * recover nothing already sent. FACTS does not rank freezing against 110; this order follows C8.
 */
export const SCREEN_SHARE_STEPS: SharedLine & { title: string; short: string; steps: string[] } = {
  title: '对方让你共享屏幕、说验证码，或转钱到“安全账户”',
  short:
    '对方让你共享过屏幕、说过验证码或转钱到“安全账户”的：还在共享就先点“结束共享”，马上拨打 110 报警；打完电话再修改支付密码、到微信安全中心冻结账号。',
  text: '对方可能还看得到你的屏幕、登得上你的账号。按下面的顺序马上做。公检法不会用电话、聊天办案，也没有“安全账户”。',
  steps: [
    '还在共享屏幕的，先在会议或共享 App 里点“结束共享”（几秒钟就能做完；切到别的 App 不会停止共享）',
    '马上拨打 110 报警，说明对方让你共享过屏幕、要过验证码或让你转到“安全账户”',
    `打完电话（或请家人同时帮你）：修改微信支付密码，验证码、密码都不要再告诉任何人；到 ${pathText(tapPaths.freezeAccount.steps)}（登录不了时用“腾讯客服”小程序的微信冻结，或${phrases.call95017Button}）`,
  ],
  sourceIds: ['F4', 'C6', 'C8', 'F3', 'F5', 'P4', 'C4'],
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
  limitation: phrases.limitationTerm,
  tenpay: phrases.tenpay,
  publicSecurity: '治安案件（不算犯罪、由警方按治安管理处理）',
  largeAmount: '“数额较大”（够得上诈骗罪的金额）',
} as const

/**
 * The real anti-fraud centre calls out as "区号+96110" (C6) to warn someone who is being scammed;
 * hanging up on it because "caller IDs can be faked" would lose that warning. What the real one
 * never asks for is the same list as the caller-ID line (C6, F3-F5), so both rules hold at once.
 */
export const REAL_96110_LINE: SharedLine = {
  text:
    '接到“区号+96110”的来电，可能是反诈中心在提醒你正被骗：先停下别转钱，听对方说。' +
    '真的反诈中心不会让你转账、说验证码、共享屏幕或装 App；拿不准就挂断，自己拨打 110 核实。',
  sourceIds: ['C6', 'F3', 'F4', 'F5'],
}

/**
 * F8 (M-H): after a leaked 验证码 or a stolen account, the tools that show what is registered in
 * the user's name, and the warning SMS that means "stop now". The checklist and the prevention
 * guide both show it.
 */
export const IN_YOUR_NAME: SharedLine & { title: string; steps: readonly string[] } = {
  title: '查一查你名下的手机卡、网络账号和银行卡',
  steps: ['用“一证通查”查你名下的手机卡和互联网账号', '用云闪付的“一键查卡”查你名下的银行卡'],
  text: '收到 12381 发来的涉诈预警短信，说明你可能正在被骗：先停下，别再转钱。',
  sourceIds: ['F8'],
}
