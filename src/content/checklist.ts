import type { SourceId } from './sources'
import type { scenarioLabels } from './labels'
import {
  AFTER_ARRIVAL,
  CALLER_ID_LINE,
  IN_YOUR_NAME,
  REMINDER_LINE,
  SCREEN_SHARE_STEPS,
} from './lines'
import { phrases } from './phrases'
import { pathText, tapPaths } from './tap-paths'

/**
 * The complaint & report checklist's words: group titles, every item's advice with the facts it
 * rests on, and the conditions shown when an item only applies in some stages. Which items a list
 * shows, in which order, is decided in src/domain/checklist.ts by these ids.
 */
type Scenario = keyof typeof scenarioLabels

export interface ChecklistItemText {
  title: string
  detail: string
  /** How to find the thing (for evidence). */
  where?: string
  /** Why it matters. */
  why?: string
  /** Tap path, one step per entry. */
  path?: readonly string[]
  call?: { readonly number: string; readonly label: string }
  /** Wording for one scenario where the general one would be wrong (e.g. a child's transfer). */
  byScenario?: { readonly [S in Scenario]?: { readonly title: string; readonly detail: string } }
  sourceIds: readonly SourceId[]
}

/** The screen-sharing steps as one run of text: '1）…。2）…。'. */
const screenShareSteps = SCREEN_SHARE_STEPS.steps.map((step, i) => `${i + 1}）${step}。`).join('')

/** Shown beside an item when the stage is not known and the item only applies in some stages. */
export const checklistConditions = {
  pending: '仅在对方还没收款时',
  delay: '仅在延时到账期间（对方已确认收款、钱还没进对方零钱）',
  arrived: phrases.arrivedOnly,
  notReturned: '对方还没退钱时',
} as const

export type ChecklistConditionId = keyof typeof checklistConditions

/** The groups' titles and intros. The cross-border group's words are the cross-border caveat's (warnings.ts). */
export const checklistGroups = {
  account: { title: '账号' },
  transfer: { title: phrases.thisTransfer },
  // No "先" here: for fraud the police come first and screenshots can follow during the call.
  evidence: { title: '证据', intro: '截图，别删聊天记录。投诉、报警、起诉都要用。' },
  platform: { title: phrases.platformComplaint },
  police: { title: '报警' },
  civil: { title: '民事途径', intro: '对方不还钱时，可以到法院起诉要回。' },
  guardian: { title: '家长' },
  prevent: { title: '防止再发生' },
} as const satisfies Record<string, { title: string; intro?: string }>

/** The checklist's progress line. */
export const checklistProgressLabel = phrases.progress

const call110 = { number: '110', label: phrases.call110Button } as const

export const checklistItems = {
  // ── account ──
  // C4: freezing is the first move when the account itself is in someone else's hands.
  'freeze-account': {
    title: '先冻结账号',
    detail:
      '在微信安全中心冻结账号，阻止别人继续用它收付款、骗亲友。' +
      '登不上账号时，可以用“腾讯客服”小程序里的微信冻结、公众号“微信安全中心”，或自己拨打 95017。',
    path: tapPaths.freezeAccount.steps,
    call: { number: '95017', label: phrases.call95017Button },
    sourceIds: ['C4', 'P4', 'C1'],
  },
  // P5, F6: a stolen account is used to ask friends for money by text; only a number they
  // already had reaches the real person.
  'warn-contacts': {
    title: '告诉亲友：别信“你”发的借钱消息',
    detail: '请亲友打他们手机里存的你的号码核实，不要打消息里给的号码，再决定转不转钱。',
    sourceIds: ['P5', 'F6'],
  },
  // F3-F5, C4: whoever watched the screen or got the 验证码 may still be in the account.
  'screen-share-secure': {
    title: SCREEN_SHARE_STEPS.title,
    detail: SCREEN_SHARE_STEPS.text + screenShareSteps + '没有这些情况，可以跳过这一条。',
    sourceIds: SCREEN_SHARE_STEPS.sourceIds,
  },
  // F8 (M-H): the tools that show what is registered in your name.
  'check-accounts-in-name': {
    title: IN_YOUR_NAME.title,
    detail:
      `把验证码给过别人，或者账号被盗的：${IN_YOUR_NAME.steps.join('，')}；` +
      `查到不是你本人办的，报警时一并告诉警察。${IN_YOUR_NAME.text}`,
    sourceIds: IN_YOUR_NAME.sourceIds,
  },

  // ── transfer ──
  // T2: the reminder asks the recipient to take the money; one wording everywhere.
  'dont-remind': {
    title: '别点“提醒对方收款”',
    detail: `对方还没收款时，钱还没到对方手里。${REMINDER_LINE.text}`,
    sourceIds: REMINDER_LINE.sourceIds,
  },
  'wait-auto-return': {
    title: '对方一直不收，钱会自动退回',
    detail:
      '微信没有撤回按钮。对方约 24 小时内不收款，钱会自动退回：' +
      '零钱付的立即退回零钱，银行卡付的 0-3 个工作日退回。',
    sourceIds: ['T1', 'T2'],
  },
  // T3. The other side of a child's transfer may be a scammer: 110 first (police group).
  'ask-recipient-decline': {
    title: phrases.askDeclineTitle,
    detail: '给对方发消息，说明转错了，请对方在转账消息上点“退还”，钱会直接回到你这里。',
    byScenario: {
      minor: {
        title: `对方是认识的人时：${phrases.askDeclineTitle}`,
        detail:
          phrases.minorPoliceFirst +
          '对方是认识的人、确实是孩子转错了的，再由家长联系对方，请对方在转账消息上点“退还”。',
      },
    },
    sourceIds: ['T3'],
  },
  'ask-return': {
    title: '联系对方，请对方把钱转回',
    detail: '说明情况，请对方转回。可以用“消息模板”。语气平和，不要威胁。',
    byScenario: {
      minor: {
        title: '对方是认识的人时：请对方把钱转回',
        detail:
          phrases.minorPoliceFirst +
          '对方是认识的人的，由家长说明是孩子转的，请对方转回。语气平和，不要威胁。',
      },
    },
    sourceIds: ['T4', 'L3'],
  },
  'check-auto-refund': {
    title: '确认钱已经退回',
    detail:
      '对方约 24 小时没有收款的转账应该会自动退回：零钱付的回到零钱，银行卡付的 0-3 个工作日退回原卡。' +
      '请在账单里确认有退款记录；没有的话，看这笔转账现在写着什么。',
    path: tapPaths.bill.steps,
    sourceIds: ['T1'],
  },
  'check-returned': {
    title: '核对对方退还的钱',
    detail: '对方点了“退还”，钱会直接退回给你。在账单里确认已经到账。',
    path: tapPaths.bill.steps,
    sourceIds: ['T3'],
  },

  // ── evidence ──
  // C8: police need the 交易单号 and screenshots; D1/C8 give the 账单 path.
  'evidence-transfer-detail': {
    title: '截图转账详情',
    detail: `打开这笔转账的详情页截图，金额、时间、${phrases.transactionId}都要在图里。`,
    where: `${pathText(tapPaths.billDetail.steps)}（旧版本微信“服务”叫“支付”）`,
    path: tapPaths.billDetail.steps,
    why: '报警和投诉都要靠交易单号找到这笔钱。',
    // C8: 账单 → 转账详情 and the 交易单号; D3: the 我 → 服务 → 钱包 → 账单 path.
    sourceIds: ['C8', 'D3'],
  },
  'evidence-chat': {
    title: '截图前后的聊天记录',
    detail: '从对方第一次联系你开始截，到转账之后的对话，中间不要跳过。不要删聊天记录。',
    where: phrases.chatWindow,
    why: '聊天记录能说明钱是怎么转出去的。',
    // A stolen account's owner was never contacted: the record is what the thief sent from it.
    byScenario: {
      'account-stolen': {
        title: '截图盗号的人用你的账号发出的聊天和转账',
        detail: '在你的账号里找到不是你本人发出的消息和转账，逐条截图，记下时间。不要删聊天记录。',
      },
    },
    sourceIds: ['C8', 'L3'],
  },
  // L3: keep the recipient's profile; C7: the WeChat ID can be checked in 风险查询.
  'evidence-profile': {
    title: '截图对方的资料页和微信号',
    detail: '截下对方的头像、昵称和微信号。',
    where: '在聊天窗口里点对方头像，打开资料页',
    why: '微信号是找到这个人的关键，报警、起诉和风险查询都要用。',
    sourceIds: ['L3', 'C8', 'C7'],
  },
  'evidence-after': {
    title: '记下对方之后做了什么',
    detail: '对方拉黑、删除你，或者又让你转钱，都截图保存，并记下时间。',
    where: '聊天窗口、对方资料页',
    why: '对方收钱后的表现，投诉和报警时都用得上。',
    sourceIds: ['C8', 'L3'],
  },
  // L3: keep your requests to return first; they matter in an unjust-enrichment suit.
  'evidence-return-requests': {
    title: '保存你请对方退还的消息',
    detail: '你发给对方的请求、对方的回复，都截图保存。',
    where: phrases.chatWindow,
    why: '法院建议保留这些消息，起诉时用得上。',
    sourceIds: ['L3'],
  },
  'evidence-bill-list': {
    title: '截图账单里不是你转的每一笔',
    detail: '在账单里逐笔打开不是你本人转出的钱，截下转账详情和交易单号。',
    where: pathText(tapPaths.bill.steps),
    path: tapPaths.bill.steps,
    why: '报警时要提供每一笔的时间、金额和交易单号。',
    sourceIds: ['C8'],
  },

  // ── platform ──
  // D3 (M): a reviewed complaint, only possible while the money is 待入账.
  'delay-complaint': {
    title: '延时结束前，在账单里投诉这笔转账',
    detail:
      '在账单里找到这笔“待入账”的转账，页面底部有“投诉”。写清原因，附上截图。' +
      '微信会审核，可能退回，也可能不退。延时期间你不能自己取消。',
    path: tapPaths.delayComplaint.steps,
    why: `延时一结束，钱就进了对方零钱。${AFTER_ARRIVAL.both}不知道对方什么时候收的款，就按最早的到账时间抓紧投诉。`,
    sourceIds: ['D3', 'D2', 'T4', 'C2', 'L3'],
  },
  // C2: the in-chat complaint about a person.
  'complain-in-chat': {
    title: '在聊天里投诉对方',
    detail: '选“存在欺诈骗钱行为”，再选具体类型，上传截图。',
    // C2 is a fraud complaint: a child's transfer to a relative or classmate is not one.
    byScenario: {
      minor: {
        title: '对方是陌生人或诱导孩子转钱的：在聊天里投诉对方',
        detail:
          '在聊天里投诉对方“存在欺诈骗钱行为”，再选具体类型，上传截图。' +
          '对方是认识的人、确实是孩子转错了的，不用投诉，请对方退还。',
      },
    },
    path: tapPaths.chatComplaint.steps,
    where: '也可以从对方资料页进入“投诉”',
    sourceIds: ['C2'],
  },
  // C2: a complaint carries a description and evidence. FACTS names no minors' complaint type, so
  // none is promised.
  'minor-complaint-type': {
    title: '投诉时说明是孩子操作的',
    detail: '投诉时在说明里写明是孩子操作的、孩子几岁。',
    sourceIds: ['C2'],
  },
  // C3 (M-H).
  'tencent-110': {
    title: '在“腾讯110”小程序举报',
    detail: '在微信里搜索“腾讯110”小程序，点“我要举报”，填写金额、对方账号和平台，上传截图。',
    path: tapPaths.tencent110.steps,
    sourceIds: ['C3'],
  },

  // ── police ──
  'call-110': {
    title: phrases.call110Title,
    detail:
      '被骗、账号被盗用转钱，都是违法犯罪，报警打 110。钱已经转出、又怀疑被骗的，不用先确定是不是诈骗，由警察判断。' +
      '越早越好：转账后最初 30 分钟最关键。还在和对方共享屏幕的，先点“结束共享”（几秒钟），再打。',
    call: call110,
    sourceIds: ['C6', 'C8', 'L5', 'F4'],
  },
  // Before anyone messages the other side, who may be a scammer (C6, C8). F1/F2 name game-item
  // trades and paid 刷单 as fraud types; no source gives how often a child's transfer is one.
  'call-110-minor': {
    title: '先判断：对方是陌生人或诱导孩子转钱的，马上拨打 110',
    detail:
      '陌生人，或以游戏装备、账号交易、刷单兼职等名义让孩子转钱的，是公安部列出的常见诈骗：' +
      '家长马上拨打 110，说明要紧急止付（见下一条），再做别的；不要先给对方发消息。',
    call: call110,
    sourceIds: ['C6', 'C8', 'F1', 'F2'],
  },
  // C8 (M-H): police say the first 30 minutes matter most. C8 names the measure but not how it
  // works, so the words say only that the police decide it. The window is counted from the
  // transfer, as the countdown counts it.
  'emergency-stop': {
    title: '报警时说明要紧急止付',
    detail:
      '紧急止付是警方的紧急措施，怎么做由警方决定，你只要报警时说出这四个字。' +
      '警方说，转账后最初 30 分钟对紧急止付最关键。先报警，截图可以边报边补。',
    sourceIds: ['C8'],
  },
  'police-bring': {
    title: '报警要带的材料',
    detail:
      '你的身份证；付款用的微信账号（手机）；准确的转账时间和金额；' +
      `对方的账号和昵称；${phrases.transactionId}；聊天和转账截图。`,
    where: `交易单号在：${pathText(tapPaths.transactionId.steps)}`,
    sourceIds: ['C8'],
  },
  // C6: 96110 warns and advises, some lines only in office hours; it is not where a crime is
  // reported. This list is for after the money left (C8: 30 minutes; L5: police decide at any
  // amount), so the item sends the unsure to 110 and its button dials 110.
  'call-96110': {
    title: '钱转出去后觉得不对劲：直接打 110，不用先确定是不是诈骗',
    detail:
      '钱已经转出、又怀疑被骗：马上打 110，由警察判断。' +
      '96110 是反诈劝阻和咨询专线，适合转账前拿不准时问一问；有的地方只在工作时间有人接。' +
      CALLER_ID_LINE.text,
    call: call110,
    sourceIds: ['C6', 'C8', 'L5', 'F3', 'F4', 'F5'],
  },
  // C7: 公安部's app; 报案助手 is real-name and tied to a police station.
  'fraud-app': {
    title: '用“国家反诈中心”App',
    detail:
      '“报案助手”可以实名报案，对接派出所；“我要举报”可以匿名举报；“风险查询”可以查对方的收款账户、微信号或网址。' +
      '还有“身份验真”和“诈骗预警”功能。这个 App 是公安部推出的：' +
      '自己到手机自带的应用商店搜索“国家反诈中心”安装；别人发来的链接、二维码里的“反诈 App”一律不装。',
    // C7: the app; the caller-ID rule (C6, F3-F5): nobody genuine has you install an app they send.
    sourceIds: ['C7', 'C6'],
  },
  // L5: thresholds are fine to state as long as the message is "report anyway".
  'report-anyway': {
    title: '金额不大也要报警',
    detail:
      '电信网络诈骗 3,000 元起就构成犯罪，法律上叫“数额较大”（3 万元起属数额巨大，50 万元起属数额特别巨大）。' +
      '不到 3,000 元也要报：警方可能按治安案件（够不上犯罪的违法案件）处理。',
    sourceIds: ['L5'],
  },

  // ── civil ──
  'civil-unjust-enrichment': {
    title: '法律上，对方应当返还',
    detail:
      '对方没有法律依据拿了你的钱，你可以要求返还，这叫“不当得利”（民法典第985条）。' +
      phrases.enrichmentExceptions +
      '对方知道或应当知道自己不该得这笔钱的，除了返还，你还可以依法要求赔偿损失（第987条）。' +
      '对方不知道也不应当知道、钱又已经不在了的，可以不返还（第986条）。',
    sourceIds: ['L1', 'L3'],
  },
  'civil-limitation': {
    title: '诉讼时效一般是 3 年',
    detail:
      phrases.limitationGloss +
      '从你知道（或应当知道）自己受损、并且知道对方是谁时开始算，3 年内起诉；' +
      '最长不超过 20 年（民法典第188条）。',
    sourceIds: ['L2'],
  },
  'civil-court': {
    title: '到对方住所地的法院起诉',
    detail:
      '案由是“不当得利纠纷”，一般向对方住所地的法院起诉。' +
      '起诉要写对方的真实姓名、身份证号和住址。' +
      `只知道对方部分姓名时，可以向法院申请${phrases.investigationOrder}，向${phrases.tenpay}调取对方信息。`,
    why: '先保存好转账截图、对方资料页和你请对方退还的消息。',
    sourceIds: ['L3'],
  },
  // L6 (M): the partial real name of a large transfer, and the payer's share of the fault.
  'civil-partial-name': {
    title: '大额转账时看到的部分实名',
    detail: phrases.largeTransferName,
    sourceIds: ['L6'],
  },
  // L4: never hard-code the amount; it moves with the province and the year.
  'civil-small-claims': {
    title: '金额不大，可能走小额诉讼',
    detail:
      '事实清楚、只要求还钱的简单案件，标的额（你要求对方还的钱数）在本省上一年度年平均工资的 50% 以下的，适用小额诉讼：' +
      `${phrases.finalInstance}。在 50% 到 200% 之间的，双方可以约定适用。` +
      '具体金额每个省、每年都不同，以当地法院公布的为准。',
    sourceIds: ['L4'],
  },

  // ── guardian ──
  'guardian-handle': {
    title: phrases.guardianTitle,
    detail: '用孩子当时用的手机和微信截图、投诉。对方可能是骗子：先报警，再决定要不要联系对方。',
    sourceIds: ['C8', 'C2'],
  },

  // ── prevent ──
  // P3 (M-H).
  'guardian-youth-mode': {
    title: '给孩子的微信开青少年模式',
    detail: '家长可以设置每日和单笔消费上限，并隐藏Q币、微粒贷、理财通、信用卡等入口。',
    path: tapPaths.youthMode.steps,
    sourceIds: ['P3'],
  },
  // P2 (M-H): a monthly limit, and it cannot pay transfers or 红包.
  'guardian-family-card': {
    title: '零花钱改用亲属卡',
    detail: '亲属卡由你设每月额度，随时可以改。亲属卡不能用来转账和发红包。',
    sourceIds: ['P2'],
  },
} as const satisfies Record<string, ChecklistItemText>

export type ChecklistItemId = keyof typeof checklistItems
