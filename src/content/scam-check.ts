import type { SourceId } from './sources'
import { phrases } from './phrases'
import { pathText, tapPaths } from './tap-paths'

/**
 * 转账前先停一下: the scam-sign check's words. Each sign is one plain yes/no question about what the
 * other side said or asked for, matched to the scam type the police name for it (F1, F2). The rules
 * (domain/scam-check.ts) pick signs, steps and the verdict by id; every sentence is here.
 */
export interface ScamSignText {
  /** A yes/no question in plain words, answerable by a frightened 70-year-old. */
  question: string
  /** What such a request typically sounds like. */
  example: string
  /** The scam type the sign belongs to, as the police name it where they do (F1). */
  scamType: string
  /** Why the sign means "stop", in one or two sentences. */
  why: string
  sourceIds: readonly SourceId[]
}

/** The signs, in the order the page asks them (and a result lists them). */
export const scamSignTexts = {
  // F2: anyone calling as 公检法 and asking for a transfer is fraud; F3: no 安全账户.
  'safe-account': {
    question:
      '对方是不是自称公安、检察院或法院的人，说你涉嫌犯罪，要你把钱转到“安全账户”或配合“资金核查”？',
    example: '“你的银行卡涉嫌洗钱，把钱转到安全账户，配合调查。”',
    scamType: '冒充公检法',
    why: '公检法不会通过电话或聊天软件办案，也没有“安全账户”。自称公检法让你转账的，就是诈骗。',
    sourceIds: ['F1', 'F2', 'F3'],
  },
  // F4: a shared screen shows every password and 验证码.
  'screen-share': {
    question: '对方是不是要你下载会议软件或远程软件，打开“共享屏幕”？',
    example: '“下载这个会议软件，点共享屏幕，我一步步教你操作。”',
    scamType: '冒充客服等骗局常用的共享屏幕',
    why: '共享屏幕时，对方能看到你输入的每个密码和验证码。不要和陌生人共享屏幕。',
    sourceIds: ['F4'],
  },
  // F5: never tell anyone a 验证码 or payment password.
  'verification-code': {
    question: '对方是不是向你要短信验证码或支付密码？',
    example: '“把你刚收到的验证码报给我，帮你核对身份。”',
    scamType: '骗取验证码、支付密码',
    why: '验证码和支付密码不能告诉任何人，不管对方自称是客服、警察还是熟人。',
    sourceIds: ['F5'],
  },
  // F2: a "customer service" refund or claim that needs you to pay or scan first is fraud.
  'pay-to-refund': {
    question: '自称客服的人，是不是说要给你退款、理赔，却要你先付钱或扫码？',
    example: '“你买的东西有质量问题，先扫这个码，才能给你退款。”',
    scamType: '冒充电商物流客服',
    why: '对方自称客服，说给你退款、理赔，却要你先付钱或扫码：这不是真客服，是诈骗。',
    sourceIds: ['F1', 'F2'],
  },
  // F2: a loan that wants money first is fraud.
  'loan-fee': {
    question: '贷款或提高额度之前，对方是不是要你先交手续费、保证金或解冻费？',
    example: '“你的银行卡号填错了，贷款被冻结，先交一笔解冻费。”',
    scamType: '虚假网络贷款',
    why: '贷款要先交钱的，就是诈骗。',
    sourceIds: ['F1', 'F2'],
  },
  // F1: 刷单返利 is the most frequent type; F2: paid 刷单 is fraud.
  'task-rebate': {
    question: '是不是有人让你点赞、刷单或做任务赚佣金，要你先垫钱？',
    example: '“给商品点个赞就返佣金；下一单要先垫钱，做完一起返。”',
    scamType: '刷单返利',
    why: '要你先垫钱的刷单、做任务，就是诈骗；垫进去的钱会被骗走。已经转了钱的，马上报警。刷单返利是发案最多的一类诈骗。',
    sourceIds: ['F1', 'F2', 'C8'],
  },
  // F1: 虚假网络投资理财 (largest losses) and 网络婚恋交友.
  'investment-tip': {
    question: '是不是网上认识的“老师”、网友或恋人带你投资，说稳赚不赔、收益很高？',
    example: '“跟着老师买，内部渠道，稳赚不赔。”',
    scamType: '虚假网络投资理财、网络婚恋交友',
    why: '网上认识的人带你投资、保证赚钱的，是常见骗局；虚假投资理财是被骗金额最大的一类诈骗。',
    sourceIds: ['F1'],
  },
  // F7: no one can delete credit records for money.
  'credit-repair': {
    question: '对方是不是说你的征信有问题，或者要你注销“校园贷”账户？',
    example: '“你上学时开过校园贷账户，现在要注销，不然征信会出问题。”',
    scamType: '虚假征信',
    why: '没有人能花钱删改征信记录。说要帮你注销账户、修复征信的，是虚假征信诈骗。',
    sourceIds: ['F1', 'F7'],
  },
  // F6: a new account or number asking for money urgently.
  'urgent-acquaintance': {
    question: '是不是熟人、领导或亲戚换了新号码或新微信，急着找你借钱，或者让你帮忙转账？',
    example: '“我是你表哥，这是我的新号，在开会不方便接电话，先帮我转一笔。”',
    scamType: '冒充领导熟人',
    why: '头像和名字都能冒用。要打你原来存的号码，或者当面问本人。',
    sourceIds: ['F1', 'F6'],
  },
  // F2: a cheap deal that wants 订金/手续费 paid privately first is fraud.
  'off-platform-deal': {
    question: '买便宜东西、游戏账号或装备时，对方是不是要你离开平台，私下转账或先交订金？',
    example: '“平台手续费太高，加我微信直接转账，价格再便宜点。”',
    scamType: '虚假购物服务、网络游戏产品虚假交易',
    why: '便宜货要你私下先交订金、手续费的，就是诈骗；离开平台付款，出了事平台也管不了。',
    sourceIds: ['F1', 'F2'],
  },
  // S1: victims are targeted again by paid recovery services.
  'recovery-service': {
    question: '是不是有人说能帮你追回被骗的钱，但要先收费？',
    example: '“我们是追款团队，能帮你把被骗的钱要回来，先交服务费。”',
    scamType: '追款二次诈骗',
    why: '说能追回、要先交钱的，都是骗局。被骗后只找警方、微信平台和正规律师。',
    sourceIds: ['S1'],
  },
  // F3: 公检法 never handle cases this way; F1: every listed type pushes the victim to act alone.
  'keep-secret': {
    question: '对方是不是要你保密、别告诉家人，催你马上转钱？',
    example: '“这是秘密调查，不能告诉任何人，今天之内必须转。”',
    scamType: '冒充公检法等骗局的催促和保密',
    why: '公检法不会要你对家人保密、马上转钱。催你、要你保密，是为了不让别人提醒你。',
    sourceIds: ['F1', 'F3'],
  },
} as const satisfies Record<string, ScamSignText>

export type ScamSignId = keyof typeof scamSignTexts

/** A step the check can recommend: what to do, and how. */
export interface ScamStepText {
  title: string
  detail: string
  sourceIds: readonly SourceId[]
}

/** Every step the check can recommend, each sentence with its sources. */
export const scamStepTexts = {
  'dont-pay': {
    title: '先别转钱',
    detail:
      '不转账、不扫码、不借款，也不要按对方说的操作手机。挂断电话或退出聊天，先停下来，和家人商量。',
    sourceIds: ['F2', 'F3', 'F5'],
  },
  'end-screen-share': {
    title: '马上结束共享屏幕',
    detail:
      '在会议或远程软件里点“结束共享”，再退出这个软件。只切到别的应用，屏幕还在共享，对方还能看到你输入的密码和验证码。',
    sourceIds: ['F4'],
  },
  'secure-account': {
    title: '保护账号：改支付密码，必要时冻结',
    detail:
      `对方可能已经看到或拿到你的验证码、密码。马上修改支付密码（支付设置在 ${pathText(tapPaths.paySettings.steps)}，具体入口以微信客户端实际显示为准）。` +
      `发现有陌生登录或陌生付款，到 ${pathText(tapPaths.freezeAccount.steps)}；登不上账号时，用“腾讯客服”小程序里的微信冻结，或${phrases.call95017Button}。`,
    sourceIds: ['F5', 'P4', 'C4', 'D1', 'C1'],
  },
  'verify-known-number': {
    title: '用你原来存的号码核实',
    detail:
      '自称熟人、领导、亲戚的，挂断后打你手机里原来存的号码，或者当面问本人；不打对方给的号码。' +
      '来电显示 110、96110 或其他官方号码，也可能是伪造的：真正的警察和 96110 不会让你转账、要验证码、共享屏幕或装软件。',
    sourceIds: ['P5', 'F6', 'F3', 'F4', 'F5', 'C6'],
  },
  'call-96110': {
    title: '拿不准，打 96110 问一问',
    detail:
      '96110 是全国反诈预警劝阻和咨询专线，可以问这是不是骗局；有的地方只在工作时间有人接听。' +
      '它不受理报案：已经被骗，请打 110。',
    sourceIds: ['C6', 'F8'],
  },
  'call-110': {
    title: '马上打 110 报警',
    detail:
      '钱已经转出、又怀疑是骗局：马上打 110，不用先确定是不是诈骗，金额不大也要报。警方提示，最初 30 分钟对紧急止付最关键。' +
      `说清转账时间、金额、对方账户，准备好转账截图和交易单号（${pathText(tapPaths.transactionId.steps)}）。`,
    sourceIds: ['C6', 'C8', 'L5'],
  },
  'check-transfer': {
    title: '查一查这笔钱现在到了哪一步',
    detail:
      '回答几个问题，看清对方收没收、有没有延时到账、还剩多少时间；现在该投诉、该报警的，马上做。微信转账没有撤回按钮，别在手机里找。',
    sourceIds: ['T1', 'T2', 'D2', 'D3', 'C2', 'C6'],
  },
} as const satisfies Record<string, ScamStepText>

export type ScamStepId = keyof typeof scamStepTexts

/** The button of the step that opens the status check (the call buttons are shared phrases). */
export const checkTransferButton = '查这笔钱的状态'

/**
 * How each verdict is put to the user. 'stop': a known sign was given. 'verify': none was, which
 * proves nothing (F9), so neither says or implies the request is safe. 'report': none was but the
 * money has already left: the list of signs is not complete (F9), and from then on the police
 * decide whether it was a scam, at any amount (C8, L5).
 */
export const scamVerdictTexts = {
  stop: {
    title: '停！这很像骗局',
    detail: '你选的说法，是已知骗局里常见的。照下面的步骤做。',
    sourceIds: ['F1', 'F2'],
  },
  verify: {
    title: '没有对上常见说法，仍要先核实',
    detail:
      '这份自查只能发现已知的骗局说法，不能证明对方可信，骗子的说法也一直在变。照下面的步骤核实。',
    sourceIds: ['F9', 'P5'],
  },
  report: {
    title: '钱已经转出，又觉得不对劲：先报警',
    detail:
      '这份自查只能发现已知的骗局说法，没有对上，不能说明对方可信。钱已经转出的，马上打 110，由警察判断是不是诈骗。',
    sourceIds: ['F9', 'C8', 'L5'],
  },
} as const satisfies Record<string, ScamStepText>

export type ScamVerdict = keyof typeof scamVerdictTexts
