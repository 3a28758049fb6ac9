import type { Deadline } from './deadlines'
import type { SourceId } from './sources'
import type { Stage } from './stage'
import type { TransferCase } from './transfer-case'

export type ActionId =
  | 'freeze-account'
  | 'call-110'
  | 'check-status'
  | 'complain-in-delay'
  | 'minor-guardian'
  | 'complain-user'
  | 'check-refund'
  | 'ask-recipient-return'
  | 'wait-auto-return'
  | 'save-evidence'
  | 'civil-suit'
  | 'call-96110'
  | 'beware-recovery-scam'

/** One thing the user can do now. */
export interface Action {
  id: ActionId
  title: string
  detail: string
  steps?: string[]
  sourceIds: SourceId[]
}

interface Context {
  c: TransferCase
  stage: Stage
  /** The first 30 minutes after a fraudulent transfer, when an emergency stop is likeliest (C8). */
  emergencyOpen: boolean
}

/** 我 → 服务 → 钱包 → 账单; older WeChat versions say 支付 instead of 服务 (D1, D3). */
const BILL_PATH = '我 → 服务 → 钱包 → 账单（旧版微信为 我 → 支付 → 钱包 → 账单）'
const REFUND_TIMING = '零钱支付的立即回到零钱，银行卡支付的 0-3 个工作日内回到原卡'

function freezeAccount(): Action {
  return {
    id: 'freeze-account',
    title: '马上冻结被盗的微信账号',
    detail: '盗号的人可能还在用这个账号付款。先冻结账号，再报警。',
    steps: [
      '还能登录时：我 → 设置 → 账号与安全 → 微信安全中心 → 冻结账号',
      '登录不了时：在“腾讯客服”小程序里找“微信冻结”，或通过“微信安全中心”公众号操作，或自己拨打 95017 按语音提示操作',
    ],
    sourceIds: ['C4', 'C1'],
  }
}

function call110({ c, emergencyOpen }: Context): Action {
  const why =
    c.cause === 'account-stolen'
      ? '账号被盗后被人转走钱，请报警。'
      : emergencyOpen
        ? '马上拨打 110。警方提示，转账后最初 30 分钟对紧急止付最关键。'
        : '请拨打 110 报警。过了 30 分钟也要报警，越早越好。'
  return {
    id: 'call-110',
    title: '拨打 110 报警',
    detail: why,
    steps: [
      '拨打 110，说清楚转账的准确时间、金额和对方的微信号或名字',
      '准备好身份证、付款用的微信账号、交易单号（账单 → 这笔转账 → 转账详情）和聊天截图',
      '也可以在“国家反诈中心”App 里用“报案助手”联系派出所',
    ],
    sourceIds: ['C6', 'C8', 'C7'],
  }
}

function checkStatus(): Action {
  return {
    id: 'check-status',
    title: '先看一眼这笔转账的状态',
    detail: '打开账单里的这笔转账，对照下面的文字，就能知道对方有没有收款。',
    steps: [
      `打开 ${BILL_PATH}，点开这笔转账（聊天里的转账消息也会显示状态）`,
      '显示“待对方确认收款”“待确认收款”或“好友1天内未确认，将退还给你”：对方还没收款',
      '显示“资金将在2小时后存入对方零钱”（或 24 小时）：对方已收款，钱在延时中，现在就可以投诉',
      '显示“已收款”：对方已收款',
      '显示“已退还”：钱已经退回给你',
      '看清以后回到这里，改一下“对方收款状态”',
    ],
    sourceIds: ['T1', 'T3', 'T4', 'D2'],
  }
}

function complainInDelay({ c }: Context): Action {
  return {
    id: 'complain-in-delay',
    title: '趁钱还没到账，在账单里投诉这笔转账',
    detail:
      '延时期间你不能自己取消。可以对这笔“待入账”的转账投诉：这是交给微信审核的投诉，微信可能退回，也可能不退回，没有保证。请在到账时间之前提交。',
    steps: [
      `打开 ${BILL_PATH}`,
      '找到这笔显示“待入账”的转账，点进去',
      '在页面底部点“投诉”',
      '写明原因（比如转错了、被骗了），上传聊天记录等截图后提交',
    ],
    sourceIds: c.method === 'chat' ? ['D3', 'D2'] : ['D3', 'T5'],
  }
}

function minorGuardian({ stage }: Context): Action {
  const settled = stage === 'returned' || stage === 'auto-returned'
  const handle = [
    '由家长（监护人）出面联系对方，说明是未成年人转的账，请对方退还',
    '保存孩子和对方的聊天记录、转账记录截图',
    '对方若以游戏道具、明星、兼职等名义诱导孩子转账，按被骗处理：拨打 110，并在聊天里投诉对方“存在欺诈骗钱行为”',
  ]
  const prevent = '在孩子的微信里开启青少年模式（我 → 设置 → 青少年模式），设置每日和单笔支付限额'
  return {
    id: 'minor-guardian',
    title: '由家长出面处理',
    detail: settled
      ? '钱已经或将要退回。为防止再次发生，可以为孩子开启青少年模式。'
      : '孩子转出的钱，由家长出面处理更容易说清楚。',
    steps: settled ? [prevent] : [...handle, prevent],
    sourceIds: settled ? ['P3'] : ['C6', 'C2', 'L3', 'P3'],
  }
}

function complainUser(): Action {
  return {
    id: 'complain-user',
    title: '在微信里投诉对方',
    detail: '投诉由微信审核处理，可以让平台尽早注意到这个账号；投诉本身不保证退回钱。',
    steps: [
      '打开和对方的聊天，点右上角“···”（或进入对方的资料页）',
      '点“投诉”，选择“存在欺诈骗钱行为”，再选具体类型',
      '按提示上传聊天记录、转账记录的截图后提交',
      '也可以在“腾讯110”小程序里点“我要举报”，填写金额、对象和截图',
    ],
    sourceIds: ['C2', 'C3'],
  }
}

function checkRefund({ c, stage }: Context): Action {
  const why =
    stage === 'returned'
      ? `对方已退还。退回的钱通常回到原来的付款方式：${REFUND_TIMING}。`
      : `对方超过 24 小时没有收款，这笔钱会自动退回：${REFUND_TIMING}。`
  const ids: SourceId[] = stage === 'returned' ? ['T3', 'T1'] : ['T1']
  // Phone-number transfers have no accept step (T5); how their returns are paid back is less
  // well documented, so the phone source (medium) makes the hedge show.
  if (c.method === 'phone') ids.push('T5')
  return {
    id: 'check-refund',
    title: '查看退回的钱',
    detail: why,
    steps: [
      `打开 ${BILL_PATH}，查看这笔转账的退款记录`,
      '银行卡支付的，也可以查看银行卡的入账记录',
    ],
    sourceIds: ids,
  }
}

function askRecipientReturn({ stage }: Context): Action {
  if (stage === 'awaiting-acceptance') {
    return {
      id: 'ask-recipient-return',
      title: '请对方点“退还”',
      detail:
        '客气地告诉对方转错了，请对方在转账消息上点“退还”，不要点收款。对方点了退还，钱会直接回到你这里。',
      sourceIds: ['T3'],
    }
  }
  return {
    id: 'ask-recipient-return',
    title: '联系对方，请对方把钱退回',
    detail: '钱已经在对方零钱里，需要对方主动退回。客气地说明转错了，请对方把钱转回给你。',
    steps: [
      '用聊天或电话说明转账时间和金额，请对方退回',
      '保留你请对方退还的聊天记录和截图，以后起诉时有用',
    ],
    sourceIds: ['T4', 'L3'],
  }
}

function waitAutoReturn({ c }: Context): Action {
  const back = `对方 24 小时内不收款，钱会自动退回：${REFUND_TIMING}。`
  if (c.cause === 'mistaken') {
    return {
      id: 'wait-auto-return',
      title: '不要再转一次，等钱退回',
      detail: `不要重新转账。对方可以在转账消息上点“退还”，钱会直接回到你这里；${back}转错了就不要点“提醒对方收款”。`,
      sourceIds: ['T1', 'T3', 'T2'],
    }
  }
  if (c.cause === 'account-stolen') {
    return {
      id: 'wait-auto-return',
      title: '等钱自动退回，不要提醒对方收款',
      detail: `${back}不要点“提醒对方收款”。`,
      sourceIds: ['T1', 'T2'],
    }
  }
  if (c.cause === 'fraud') {
    return {
      id: 'wait-auto-return',
      title: '不要再给对方转钱',
      detail: `${back}不要再给对方转钱，也不要点“提醒对方收款”。`,
      sourceIds: ['T1', 'T2'],
    }
  }
  return {
    id: 'wait-auto-return',
    title: '等对方收款或自动退回',
    detail: `${back}对方也可以点“退还”，把钱直接退给你。`,
    sourceIds: ['T1', 'T3'],
  }
}

function saveEvidence(): Action {
  return {
    id: 'save-evidence',
    title: '保存证据',
    detail: '报警、投诉、起诉都要用到这些材料，趁现在记下来。',
    steps: [
      '截图和对方的聊天记录、对方的资料页（微信号、昵称）',
      '打开 账单 → 这笔转账 → 转账详情，截图并记下“交易单号”或“转账单号”',
      '记下准确的转账时间和金额',
      '不要删除和对方的聊天',
    ],
    sourceIds: ['C8', 'L3'],
  }
}

function civilSuit({ c }: Context): Action {
  const crime = c.cause === 'fraud' || c.cause === 'account-stolen'
  return {
    id: 'civil-suit',
    // Nobody negotiates with a scammer; a suit needs their real identity (L3), often known only later.
    title: crime ? '知道对方真实身份后，也可以起诉要求返还' : '协商不成，可以起诉要求返还',
    detail:
      '没有法律根据拿到的钱，对方应当返还（民法典第 985 条，不当得利）。诉讼时效一般为 3 年。',
    steps: [
      '先保留转账记录、对方资料页和你要求对方退还的聊天截图',
      '向对方住所地的法院提起“不当得利返还”诉讼，需要对方的真实姓名、身份证号和住址',
      '电子回单只显示部分姓名时，可以申请法院开具调查令，向财付通调取对方信息',
      '金额不大的简单金钱纠纷可能适用小额诉讼程序（一审终审），标准各省每年不同，以法院告知为准',
      '法律规定的例外情形（比如明知不欠对方钱仍然付款）不能要求返还',
    ],
    sourceIds: ['L1', 'L2', 'L3', 'L4'],
  }
}

function call96110(): Action {
  return {
    id: 'call-96110',
    title: '需要咨询时，可以拨打 96110',
    detail:
      '96110 是全国反诈预警劝阻和咨询专线，不是报警电话，报警请拨 110。接到显示“区号+96110”的来电，那是反诈劝阻电话。部分地方只在工作时间有人接听。',
    sourceIds: ['C6'],
  }
}

function bewareRecoveryScam(): Action {
  return {
    id: 'beware-recovery-scam',
    title: '当心“追回服务”再骗你一次',
    detail:
      '被骗后常有人自称能帮你追回钱。凡是保证追回、或要求先交费的，都是骗局。只找警方、微信平台和正规律师（可以在司法局网站查询律师执业信息）。',
    sourceIds: ['S1'],
  }
}

/** Each rule: when the action applies, and its rank (smaller is more urgent). */
const RULES: ReadonlyArray<{
  rank: (x: Context) => number | undefined
  build: (x: Context) => Action
}> = [
  // A thief may still be spending from the account: freezing comes before everything (C4).
  { rank: ({ c }) => (c.cause === 'account-stolen' ? 10 : undefined), build: freezeAccount },
  {
    // Not once the money is back. Fraud goes first while the emergency stop is likeliest (C8);
    // after that an in-delay complaint, whose window closes at arrival, goes first.
    rank: ({ c, stage, emergencyOpen }) => {
      if (stage === 'returned' || stage === 'auto-returned') return undefined
      if (c.cause === 'account-stolen') return 20
      if (c.cause === 'fraud') return emergencyOpen ? 12 : 35
      return undefined
    },
    build: call110,
  },
  { rank: ({ stage }) => (stage === 'unknown' ? 25 : undefined), build: checkStatus },
  { rank: ({ stage }) => (stage === 'in-delay' ? 30 : undefined), build: complainInDelay },
  { rank: ({ c }) => (c.cause === 'minor' ? 32 : undefined), build: minorGuardian },
  {
    rank: ({ c, stage }) => (c.cause === 'fraud' && stage !== 'returned' ? 37 : undefined),
    build: complainUser,
  },
  {
    // Once the money is back, seeing it arrive comes first (after freezing a stolen account).
    rank: ({ stage }) => (stage === 'returned' || stage === 'auto-returned' ? 31 : undefined),
    build: checkRefund,
  },
  {
    // Only for a mistaken transfer: asking a scammer to give the money back helps nobody.
    rank: ({ c, stage }) =>
      c.cause === 'mistaken' && (stage === 'awaiting-acceptance' || stage === 'arrived')
        ? 45
        : undefined,
    build: askRecipientReturn,
  },
  {
    rank: ({ stage }) => (stage === 'awaiting-acceptance' ? 50 : undefined),
    build: waitAutoReturn,
  },
  {
    rank: ({ c, stage }) =>
      c.cause === 'fraud' ||
      c.cause === 'account-stolen' ||
      stage === 'in-delay' ||
      stage === 'arrived'
        ? 60
        : undefined,
    build: saveEvidence,
  },
  { rank: ({ stage }) => (stage === 'arrived' ? 70 : undefined), build: civilSuit },
  { rank: ({ c }) => (c.cause === 'fraud' ? 80 : undefined), build: call96110 },
  {
    // Victims of fraud and of account theft are both targeted by fake recovery services (S1).
    rank: ({ c }) => (c.cause === 'fraud' || c.cause === 'account-stolen' ? 90 : undefined),
    build: bewareRecoveryScam,
  },
]

/** What the user can do now, most urgent first. */
export function actionsFor(
  c: TransferCase,
  stage: Stage,
  deadlines: readonly Deadline[],
): Action[] {
  const stop = deadlines.find((d) => d.kind === 'emergency-stop')
  const x: Context = { c, stage, emergencyOpen: stop !== undefined && !stop.passed }
  const picked: { rank: number; action: Action }[] = []
  for (const rule of RULES) {
    const rank = rule.rank(x)
    if (rank !== undefined) picked.push({ rank, action: rule.build(x) })
  }
  return picked.sort((a, b) => a.rank - b.rank).map((p) => p.action)
}
