import type { SourceId } from './sources'
import { AFTER_ARRIVAL, CALLER_ID_LINE, REAL_96110_LINE, SCREEN_SHARE_STEPS } from './lines'
import { phrases } from './phrases'

/**
 * Prominent warnings shown on the complaint/report pages. Each one exists because victims are most
 * exposed in the hours after a bad transfer: a second scam (S1, S2, C1), a fake channel (C9), or a
 * myth that wastes the little time they have (T2).
 *
 * Deliberately, no fake number, e-mail box or website from C9 is printed: naming them would only
 * spread them, and it keeps the forbidden-claims scan (test/support/forbidden.ts) simple.
 */
export type WarningLevel = 'danger' | 'caution'

/** A warning worded here in full. */
export interface WarningText {
  level: WarningLevel
  title: string
  body: string
  /** A number the user may dial themselves (never one that called them). */
  call?: { number: string; label: string }
  sourceIds: readonly SourceId[]
}

/** The warnings, in the order the page shows them. */
export const warningTexts = {
  // S1: victims are targeted again by paid recovery services.
  'recovery-scam': {
    level: 'danger',
    title: '付费“追回服务”都是骗局',
    body:
      '转账出事后，常有人自称能帮你把钱追回来。凡是说“一定能追回”、要你先交钱的，都是骗局。' +
      '只找警方、微信平台和正规律师。正规律师依法收费，但也不会保证一定追回；律师执业信息可以在司法局网站查。',
    sourceIds: ['S1'],
  },
  // S2 (M-H): "I paid you by mistake, send it back" is a known trick; T3 is the safe route.
  // D6: a screenshot the other side sends is not proof of payment; your own 零钱 and 账单 are.
  'stranger-says-mistake': {
    level: 'danger',
    title: '陌生人说“转错了”，别自己把钱转回去',
    body:
      '先在自己的零钱和账单里看有没有真的收到这笔钱；对方发来的转账截图不算数。' +
      '请对方通过微信自己的渠道处理，比如联系微信客服。' +
      '如果那笔转账你还没收，可以直接点“退还”，钱会原路回到对方那里。不要另外再转一笔钱给对方。',
    sourceIds: ['S2', 'T3', 'D6'],
  },
  // C1: 95017 is real, and it also calls out, which is exactly why impostors use it.
  'fake-95017-call': {
    level: 'danger',
    title: '“95017 客服”来电让你转钱或操作，是骗局',
    body:
      '95017 是微信支付客服，它也会打电话给用户，所以骗子爱冒充它。' +
      '不要照来电里的指示转钱或操作手机。有疑问就挂断，自己拨打 95017 核实。',
    call: { number: '95017', label: phrases.call95017Button },
    sourceIds: ['C1'],
  },
  // C6, F3-F5: a caller ID proves nothing; real police and 96110 never ask for these.
  'caller-id-can-be-faked': {
    level: 'danger',
    title: '来电显示 96110、110 也可能是假的',
    body: CALLER_ID_LINE.text,
    sourceIds: CALLER_ID_LINE.sourceIds,
  },
  // C6: the real 96110 calls out as 区号+96110 to warn; what it never asks is the caller-ID rule.
  'real-96110-call': {
    level: 'caution',
    title: '“区号+96110”来电，可能是在提醒你正被骗',
    body: REAL_96110_LINE.text,
    sourceIds: REAL_96110_LINE.sourceIds,
  },
  // F3-F5, C4: someone who saw the screen or got a 验证码 may still be in the account.
  // The shared screen-share line, whose title and short form fit a warning as they are.
  'screen-share-safe-account': {
    level: 'danger',
    title: SCREEN_SHARE_STEPS.title,
    body: SCREEN_SHARE_STEPS.short,
    sourceIds: SCREEN_SHARE_STEPS.sourceIds,
  },
  // T6: WeChat's own risk pop-ups and the 15-minute 转账冷静期 are there to stop a scam.
  'risk-pop-up-pause': {
    level: 'caution',
    title: '微信提示风险或要你等 15 分钟，先停下',
    body:
      '收款账户有风险时，微信会弹出提醒或拦截，还可能让你等 15 分钟“转账冷静期”。' +
      '这时先停下来，打电话核实对方。微信提醒有风险时，谁催你绕过提醒赶紧付钱，都先停下。',
    sourceIds: ['T6', 'P5'],
  },
  // C9: wrong numbers, mail boxes and look-alike sites circulate in articles.
  'official-channels-only': {
    level: 'caution',
    title: '只用官方渠道',
    body:
      '网上流传的其他“客服电话”、举报邮箱和仿冒网站，不要用。' +
      '被骗报案打 110。公安网络违法犯罪举报的官方网站是 cyberpolice.cn。',
    sourceIds: ['C9', 'C6'],
  },
  // T2 (M-H): there is no recall button; saying so early stops people hunting for one.
  'no-recall-button': {
    level: 'caution',
    title: '微信转账没有撤回按钮',
    body:
      '微信帮助中心说明，转账不能取消，客服也不会帮你退款。' +
      `对方没收的，约 24 小时后应该会自动退回。${AFTER_ARRIVAL.both}`,
    sourceIds: ['T2', 'T1', 'T4', 'C2', 'L3'],
  },
  // FACTS "must NOT make" #3: logging in from another device "to trigger risk control" can lock
  // the victim out of their own account and evidence, and logging into someone else's account is
  // illegal. The real routes are freezing (C4), 110 (C6) and complaints (C2).
  'no-login-tricks': {
    level: 'caution',
    title: '别照网上教程“登录拦截”',
    body:
      '有教程教人用别的手机反复登录来“拦截”转账。这样做可能把你自己锁在账号外面，' +
      '登录别人的账号还是违法的。真正的办法是：冻结账号、报警、投诉。',
    sourceIds: ['C4', 'C6', 'C2'],
  },
} as const satisfies Record<string, WarningText>

export type WarningId = keyof typeof warningTexts

/** One step of the cross-border section. */
export interface CrossBorderText {
  title: string
  text: string
  sourceIds: readonly SourceId[]
}

/**
 * Cross-border transfers. FACTS.md has no row on cross-border recovery, so this section only says
 * what the existing rows support (110 for a crime in China: C6/C8; the in-app complaint routes:
 * C2/C3; recovery-service scams: S1) and promises nothing. The seed's "外汇管理局备案" step has no
 * source and is left out (and flagged in test/support/forbidden.ts).
 */
export const crossBorderTexts = {
  title: '涉及境外',
  intro:
    '对方或收款账户在境外时，本应用按境内规则整理的时间和途径未必适用。下面的步骤照样要做，但本应用不能承诺任何结果。',
  /** In the order the checklist shows them. */
  points: {
    'xb-police-china': {
      title: '人在国内：报警打 110',
      text: '你在国内被骗：照样拨打 110 报警，带上身份证、转账记录和截图。',
      sourceIds: ['C6', 'C8'],
    },
    'xb-platform': {
      title: '在微信里投诉、举报',
      text: '对方用的是微信账号：照样在聊天里投诉对方，也可以在“腾讯110”小程序举报。',
      sourceIds: ['C2', 'C3'],
    },
    // No FACTS row covers police abroad or consulates, so nothing is said about them beyond that
    // gap. C6: 110 is the crime number in China; C7: the app's 我要举报 works from the phone.
    'xb-abroad': {
      title: '人在境外：用“国家反诈中心”App 举报',
      text:
        '你人在境外：110 只能在国内拨打。国家反诈中心 App 的“我要举报”可以在手机上提交；' +
        '当地报案和使领馆帮助，本应用没有可靠资料。',
      sourceIds: ['C6', 'C7'],
    },
    'xb-no-paid-help': {
      title: '不给“跨境追款”付钱',
      text: '自称能“跨境追款”、要你先付钱的，都是骗局。',
      sourceIds: ['S1'],
    },
  },
} as const satisfies {
  title: string
  intro: string
  points: Record<string, CrossBorderText>
}

export type CrossBorderId = keyof typeof crossBorderTexts.points
