import type { SourceId } from './sources'
import { CALLER_ID_LINE, REFUND_TIMING, REMINDER_LINE, glosses } from './lines'
import { recipientLabels } from './labels'
import { phrases } from './phrases'
import { pathText, pathWithOlder, tapPaths } from './tap-paths'

/**
 * Every action the status result and the countdown can show: what the user can do now. Each field
 * is either one wording or a table of variants; the rules (src/domain/actions.ts) decide when an
 * action applies and which variant key fits the case, and never spell a sentence themselves.
 * sourceIds vary with the variant where the facts behind it do.
 */
export interface ActionEntry {
  title: string | Readonly<Record<string, string>>
  detail: string | Readonly<Record<string, string>>
  steps?: readonly string[] | Readonly<Record<string, readonly string[]>>
  sourceIds: readonly SourceId[] | Readonly<Record<string, readonly SourceId[]>>
}

/** The bill, with its older name (D1, D3). */
const BILL_PATH = pathWithOlder('bill')
/** Where the 交易单号 is (C8). */
const TRANSACTION_ID_PATH = pathText(tapPaths.transactionId.steps)
const VERSIONS_DIFFER = '各版本微信的文字可能不同，以你看到的为准'
/** Where a refund shows (T1, T3). */
const LOOK_FOR_REFUND = [
  `打开 ${BILL_PATH}，点开这笔转账，看是否显示已退还或有退款记录`,
  '零钱支付的看零钱余额；银行卡支付的，再看银行卡的入账记录',
] as const
const NO_REFUND_SEEN = '没有看到退款：'
/** Between the earliest and the latest possible arrival: the 待入账 entry tells (D2, D3). */
const MAYBE_ARRIVED_TITLE = '现在看账单：钱是否还在“待入账”'
const MAYBE_ARRIVED_STEPS = [
  `打开 ${BILL_PATH}，点开这笔转账`,
  '还显示“待入账”，或“资金将在…后存入对方零钱”：钱还没到，马上在页面底部点“投诉”',
  '不再显示待入账：钱已经进了对方零钱',
  VERSIONS_DIFFER,
] as const
/** What happens to a transfer nobody accepts (T1). */
const AUTO_RETURN = `对方一直不收的话，约 24 小时后钱会自动退回（${REFUND_TIMING}）。`
/** For a child's transfer, in every case: prevention (P3). */
const YOUTH_MODE = `在孩子的微信里开启青少年模式（${pathText(tapPaths.youthMode.steps)}），设置每日和单笔支付限额`

export const actionTexts = {
  /** A thief may still be spending from the account: freezing comes first (C4, C1). */
  'freeze-account': {
    title: '马上冻结被盗的微信账号',
    detail: '盗号的人可能还在用这个账号付款。先冻结账号，再报警。',
    steps: [
      `还能登录时：${pathText(tapPaths.freezeAccount.steps)}`,
      '登录不了时：在“腾讯客服”小程序里找“微信冻结”，或通过“微信安全中心”公众号操作，或自己拨打 95017 按语音提示操作',
    ],
    sourceIds: ['C4', 'C1'],
  },
  /**
   * Fraud and account theft are reported to 110 (C6); the first 30 minutes matter most for the
   * 紧急止付 (C8). title: `urgent` while those minutes last, else `plain`. detail: `autoReturned`
   * once the money should be back (it is still a crime), `accountStolen`, `other` for a cause the
   * app has no rules for (police judge whether it was a crime, L5), then `emergency` within the 30
   * minutes and `late` after them.
   */
  'call-110': {
    title: {
      urgent: `马上${phrases.call110Title}，说明要紧急止付`,
      plain: phrases.call110Title,
    },
    detail: {
      autoReturned:
        '钱应该已经自动退回，但被骗、被盗本身仍要报警：对方可能还在骗别人，也可能还拿走了别的钱。',
      accountStolen: '账号被盗后被人转走钱，请报警。',
      other:
        '钱可能是被人骗走或拿走的，就报警：是不是诈骗由警察判断，越早越好；警方提示，转账后最初 30 分钟最关键。',
      emergency: `说明要${glosses.emergencyStop}。警方提示，转账后最初 30 分钟对紧急止付最关键。`,
      late: '过了 30 分钟也要报警，越早越好。',
    },
    steps: [
      '拨打 110，说清楚转账的准确时间、金额和对方的微信号或名字',
      `准备好身份证、付款用的微信账号、交易单号（${TRANSACTION_ID_PATH}）和聊天截图`,
      '也可以在“国家反诈中心”App 里用“报案助手”联系派出所',
    ],
    sourceIds: ['C6', 'C8', 'C7', 'L5'],
  },
  /**
   * `unknown`: the user does not know whether the recipient accepted; the bill tells (T1, T3, T4,
   * D2). `maybeArrived`: accepted at an unknown time, between the earliest and the latest possible
   * arrival; the 待入账 entry tells whether the delay complaint is still open (D2, D3).
   * `settingUnknown`: the same moment when it is the arrival setting that is not known (D1).
   * FACTS does not say what times the bill's detail page shows: no step asks to copy one.
   */
  'check-status': {
    title: {
      maybeArrived: MAYBE_ARRIVED_TITLE,
      settingUnknown: MAYBE_ARRIVED_TITLE,
      unknown: '先看一眼这笔转账的状态',
    },
    detail: {
      maybeArrived:
        '对方收款的准确时间不知道，钱可能已经进了对方零钱，也可能还在延时中。看一眼账单就能分清。',
      settingUnknown:
        '你不清楚转账到账时间设置，钱可能已经进了对方零钱，也可能还在延时中。看一眼账单里这笔转账就能分清。',
      unknown: '打开账单里的这笔转账，看它现在写着什么，就能知道对方有没有收款。',
    },
    steps: {
      maybeArrived: MAYBE_ARRIVED_STEPS,
      settingUnknown: MAYBE_ARRIVED_STEPS,
      unknown: [
        `打开 ${BILL_PATH}，点开这笔转账（聊天里的转账消息也会显示状态）`,
        '写着“好友1天内未确认，将退还给你”这类等待确认的文字：对方还没收款',
        `写着“资金将在2小时后存入对方零钱”（或 24 小时）：${recipientLabels.accepted}，钱在延时中，现在就可以投诉`,
        '写着对方已经收款或钱已退还的：按它写的选',
        `${VERSIONS_DIFFER}；看清以后回到这里，改一下“对方收款状态”`,
      ],
    },
    sourceIds: {
      maybeArrived: ['D2', 'D3'],
      settingUnknown: ['D1', 'D2', 'D3'],
      unknown: ['T1', 'T3', 'T4', 'D2'],
    },
  },
  /**
   * The reviewed complaint while the money is 待入账 (D3). sourceIds by transfer method: the delay
   * of a chat transfer starts at acceptance (D2), a phone-number transfer's at sending (T5).
   */
  'complain-in-delay': {
    title: phrases.delayComplaintTitle,
    detail:
      '请在到账时间之前提交（时间见上面的倒计时）。延时期间你不能自己取消，只能对这笔“待入账”的转账投诉：由微信审核，可能退回，也可能不退回，没有保证。',
    steps: [
      `打开 ${BILL_PATH}`,
      '找到这笔显示“待入账”的转账，点进去',
      '在页面底部点“投诉”',
      '写明原因（比如转错了、被骗了），上传聊天记录等截图后提交',
    ],
    sourceIds: { chat: ['D3', 'D2'], phone: ['D3', 'T5'] },
  },
  /**
   * A child's transfer. `open`: the other side may be a scammer, so 110 and the 30-minute 止付
   * window come before any message to them (C6, C8); only someone the family knows is asked to
   * give the money back. `settled`: the money should be back (after the ~24 h auto-return the app
   * only infers it, T1), so the parent is asked to check; then prevention (P3). The common scam
   * types named are the ones 公安部 lists (F1, F2).
   */
  'minor-guardian': {
    title: phrases.guardianTitle,
    detail: {
      settled: `钱应该已经退回（${REFUND_TIMING}），请在账单里确认。为防止再次发生，可以为孩子开启青少年模式。`,
      open: `先判断对方可能是不是骗子，再决定先报警还是先联系对方。${phrases.guardianTitle}。`,
    },
    steps: {
      settled: [YOUTH_MODE],
      open: [
        '陌生人，或以游戏装备、账号交易、刷单兼职等名义让孩子转钱的，是公安部列出的常见诈骗：家长马上拨打 110，说明要紧急止付（转账后最初 30 分钟最关键）',
        '保存孩子和对方的聊天记录、转账记录截图，不要删除聊天',
        '在聊天里投诉对方“存在欺诈骗钱行为”',
        '对方是认识的人、确实是孩子转错了的，再由家长联系对方，说明是未成年人转的账，请对方退还',
        YOUTH_MODE,
      ],
    },
    sourceIds: { settled: ['T1', 'P3'], open: ['C6', 'C8', 'F1', 'F2', 'C2', 'L3', 'P3'] },
  },
  /** The complaint about a person, from the chat (C2) or 腾讯110 (C3). */
  'complain-user': {
    title: '在微信里投诉对方',
    detail: '投诉由微信审核处理，可以让平台尽早注意到这个账号；投诉本身不保证退回钱。',
    steps: [
      '打开和对方的聊天，点右上角“···”（或进入对方的资料页）',
      '点“投诉”，选择“存在欺诈骗钱行为”，再选具体类型',
      '按提示上传聊天记录、转账记录的截图后提交',
      '也可以在“腾讯110”小程序里点“我要举报”，填写金额、对象和截图',
    ],
    sourceIds: ['C2', 'C3'],
  },
  /**
   * The app never sees a refund. `auto`: after ~24 h it can only say the money should be back (T1).
   * `recorded`: the user recorded the recipient's 退还 of a pending chat transfer (T3). A
   * phone-number transfer has no pending step (T5), and other payments no documented one: their
   * money can only have been sent back by the recipient (T4), so `recordedPhone` and
   * `recordedOther` cite T4 (and T5, medium, which makes the hedge show).
   */
  'check-refund': {
    title: { auto: '确认钱已经退回：看零钱和账单', recorded: '确认退还的钱已经到账' },
    detail: {
      auto: `按规则，对方约 24 小时没有收款的转账会自动退回（${REFUND_TIMING}）。请自己确认钱确实回来了。`,
      recorded: '你记录了对方已退还。请确认钱确实回来了。',
    },
    steps: {
      auto: [
        ...LOOK_FOR_REFUND,
        `${NO_REFUND_SEEN}这笔转账可能已被对方收下。看它现在写着什么，回到这里更新“对方收款状态”`,
      ],
      recorded: [
        ...LOOK_FOR_REFUND,
        `${NO_REFUND_SEEN}看这笔转账现在写着什么，必要时拨打 95017 咨询`,
      ],
    },
    sourceIds: {
      auto: ['T1'],
      recorded: ['T3', 'C1'],
      recordedPhone: ['T4', 'T5', 'C1'],
      recordedOther: ['T4', 'C1'],
    },
  },
  /**
   * Only for a mistaken transfer. `awaiting`: the recipient can still tap 退还 (T3). `arrived`: the
   * money is in their 零钱 and only they can send it back (T4); keep the evidence for a suit (L3).
   * `untracked`: a QR payment or another way the app cannot follow (D5): only asking is certain,
   * and a gain without legal basis is to be returned (L1).
   */
  'ask-recipient-return': {
    title: { awaiting: phrases.askDeclineTitle, arrived: '联系对方，请对方把钱退回' },
    detail: {
      awaiting:
        '客气地告诉对方转错了，请对方在转账消息上点“退还”，不要点收款。对方点了退还，钱会直接回到你这里。',
      arrived: '钱已经在对方零钱里，需要对方主动退回。客气地说明转错了，请对方把钱转回给你。',
      untracked:
        '这种付款本应用不知道钱现在到了哪一步，只能请对方主动退回。客气地说明付错了，请对方把钱转回给你。',
    },
    steps: {
      arrived: [
        '用聊天或电话说明转账时间和金额，请对方退回',
        '保留你请对方退还的聊天记录和截图，以后投诉、起诉时用得上',
      ],
    },
    sourceIds: { awaiting: ['T3'], arrived: ['T4', 'L3'], untracked: ['L1', 'L3'] },
  },
  /**
   * A chat transfer nobody has accepted yet, by what happened: it comes back by itself after about
   * 24 hours (T1) or when the recipient taps 退还 (T3). One statement about 提醒对方收款 everywhere
   * (REMINDER_LINE, T2), never "you may remind them". `other` is every other cause.
   */
  'wait-auto-return': {
    title: {
      mistaken: '不要再转一次，等钱退回',
      'account-stolen': '不要提醒对方收款，等钱自动退回',
      fraud: '不要再给对方转钱，也不要提醒对方收款',
      other: '等对方收款、退还或自动退回',
    },
    detail: {
      mistaken: `不要重新转账。对方可以在转账消息上点“退还”，钱会直接回到你这里；${AUTO_RETURN}${REMINDER_LINE.text}`,
      'account-stolen': `${AUTO_RETURN}${REMINDER_LINE.text}`,
      fraud: `${AUTO_RETURN}${REMINDER_LINE.text}`,
      other: `${AUTO_RETURN}对方也可以点“退还”，把钱直接退给你。${REMINDER_LINE.text}`,
    },
    sourceIds: {
      mistaken: ['T1', 'T3', 'T2'],
      'account-stolen': ['T1', 'T2'],
      fraud: ['T1', 'T2'],
      other: ['T1', 'T3', 'T2'],
    },
  },
  /** What police, complaints and suits all need (C8, L3). */
  'save-evidence': {
    title: '保存证据',
    detail: '报警、投诉、起诉都要用到这些材料，趁现在记下来。',
    steps: [
      '截图和对方的聊天记录、对方的资料页（微信号、昵称）',
      `打开 ${TRANSACTION_ID_PATH}，截图并记下“交易单号”或“转账单号”`,
      '记下准确的转账时间和金额',
      '不要删除和对方的聊天',
    ],
    sourceIds: ['C8', 'L3'],
  },
  /**
   * 不当得利 (L1), within the limitation period (L2). title: `crime` after fraud or account theft:
   * nobody negotiates with a scammer, and a suit needs their real identity (L3), often known only
   * later; `other` for everything else.
   */
  'civil-suit': {
    title: {
      crime: '知道对方真实身份后，也可以起诉要求返还',
      other: '协商不成，可以起诉要求返还',
    },
    detail: `没有法律根据拿到的钱，对方应当返还（民法典第 985 条，不当得利）。诉讼时效一般为 3 年。${phrases.limitationGloss}`,
    steps: [
      '先保留转账记录、对方资料页和你要求对方退还的聊天截图',
      '向对方住所地的法院提起“不当得利返还”诉讼，需要对方的真实姓名、身份证号和住址',
      `电子回单只显示部分姓名时，可以申请法院开具${phrases.investigationOrder}，向${phrases.tenpay}调取对方信息`,
      phrases.largeTransferName,
      `金额不大的简单金钱纠纷可能适用小额诉讼程序（${phrases.finalInstance}），标准各省每年不同，以法院告知为准`,
      `${phrases.enrichmentExceptions}${phrases.fraudCivilAsk}`,
    ],
    sourceIds: ['L1', 'L2', 'L3', 'L4', 'L6'],
  },
  /** 96110 advises and warns; it is not the police (C6, F3-F5). */
  'call-96110': {
    title: '需要咨询时，可以拨打 96110',
    detail: `96110 是全国反诈预警劝阻专线，可以咨询、举报，但它不是报警电话，报警请拨 110。部分地方只在工作时间有人接听。${CALLER_ID_LINE.text}`,
    sourceIds: ['C6', 'F3', 'F4', 'F5'],
  },
  /** Victims of fraud and of account theft are both targeted by fake recovery services (S1). */
  'beware-recovery-scam': {
    title: '当心“追回服务”再骗你一次',
    detail:
      '被骗后常有人自称能帮你追回钱。凡是保证追回、或要求先交费的，都是骗局。只找警方、微信平台和正规律师（可以在司法局网站查询律师执业信息）。',
    sourceIds: ['S1'],
  },
} as const satisfies Record<string, ActionEntry>

export type ActionId = keyof typeof actionTexts
