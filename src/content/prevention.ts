import type { SourceId } from './sources'
import { IN_YOUR_NAME, REAL_96110_LINE } from './lines'
import { phrases } from './phrases'
import { pathText, tapPaths } from './tap-paths'

/**
 * The prevention guide: nine settings and habits, each with why it helps, its honest limits, and
 * the tap path. Paths follow D1 (current 微信: 我 → 服务; older: 支付 / 支付管理); where FACTS gives
 * no path (亲属卡, 指纹/面容 placement) the path stops at the last step FACTS supports and `pathNote`
 * says where to look, hedged.
 */
export interface PreventionText {
  title: string
  why: string
  limits: string
  /** Tap path, one step per entry; empty when the item is a habit, not a setting. */
  path: readonly string[]
  pathNote?: string
  ifMissing?: string
  /** For habits: the steps to follow. */
  steps?: readonly string[]
  /**
   * A side note resting on a weaker source than the item's main advice, shown on its own line
   * with its own sources, so the main advice keeps the confidence of what it rests on.
   */
  aside?: { readonly text: string; readonly sourceIds: readonly SourceId[] }
  sourceIds: readonly SourceId[]
}

/** The guide's items, in the order the page shows them. */
export const preventionTexts = {
  // D1/P1: a standing setting; D2: the delay starts at acceptance; D3: no self-cancel;
  // D4: the bot sends the link if the option is missing; D5 (its own line): nothing about 红包/QR.
  'delayed-arrival': {
    title: '打开“延时到账”',
    why: '转错或被骗时，钱不会马上进对方零钱。你有时间投诉或报警。可以选 2 小时到账或 24 小时到账。',
    limits:
      '这是账户的长期设置，之后每笔转账都按它到账，不是每笔单独选。' +
      '聊天转账从对方确认收款时开始计时；延时一结束，钱就进了对方零钱。' +
      '延时期间你也不能自己取消，只能投诉，微信审核后可能退回，也可能不退。' +
      '收钱时也要知道：对方发来的“2小时后到账”截图不是已经付款的证明，钱进了你的零钱才算收到。',
    path: tapPaths.arrivalSetting.steps,
    pathNote: '旧版本微信：“服务”叫“支付”，“支付设置”叫“支付管理”。',
    ifMissing:
      '找不到这个选项：在微信的在线客服里问“怎样设置转账延迟到账”，它会发来设置链接（以微信客户端实际显示为准）。',
    aside: { text: '延时到账是否适用于红包和扫码付款，没有官方说明。', sourceIds: ['D5'] },
    sourceIds: ['D1', 'P1', 'D2', 'D3', 'D4', 'D6'],
  },
  // P4.
  'payment-password': {
    title: '设好支付密码，开指纹或面容支付',
    why: '付款要本人验证。支付密码和短信验证码不要告诉任何人，包括自称客服、警察的人。',
    limits: '它防的是别人冒用你的手机付款；有人让你转钱时，还要先核实对方（见“三步确认”）。',
    path: tapPaths.paySettings.steps,
    pathNote: '在“支付设置”里找指纹支付或面容支付（以微信客户端实际显示为准）。',
    sourceIds: ['P4', 'D1', 'C1', 'F5'],
  },
  // C4/P4: login alerts and freezing.
  'security-center': {
    title: '认识微信安全中心，会冻结账号',
    why: '可以查看登录提醒；账号被盗时，在这里冻结账号，阻止别人继续使用。',
    limits: '冻结只能阻止继续被盗用，已经转走的钱还要靠投诉和报警。',
    path: tapPaths.securityCenter.steps,
    ifMissing:
      '登不上账号时：用“腾讯客服”小程序里的微信冻结、公众号“微信安全中心”，或自己拨打 95017。',
    sourceIds: ['C4', 'P4'],
  },
  // P2 (M-H): monthly limit ¥0.01-3,000; not for transfers, 红包, wealth products, auto-debits.
  // No path in FACTS beyond 我 → 服务, and no IVR key presses are given on purpose.
  'family-card': {
    title: '给老人或孩子用亲属卡',
    why: '你给对方设每月额度（0.01 元到 3,000 元），随时可以改。',
    limits: '亲属卡不能用来转账、发红包、买理财，也不能用于自动扣费。',
    path: tapPaths.payServices.steps,
    pathNote: '在“服务”页里找“亲属卡”，入口位置以微信客户端实际显示为准。',
    sourceIds: ['P2', 'D1'],
  },
  // P3 (M-H).
  'youth-mode': {
    title: '孩子的微信开青少年模式',
    why: '家长可以设每日和单笔消费上限，并隐藏Q币、微粒贷、理财通、信用卡等入口。',
    limits: '它只管开了青少年模式的那个微信。孩子被骗了，照样要投诉、报警。',
    path: tapPaths.youthMode.steps,
    sourceIds: ['P3'],
  },
  // P5: the police's 三步确认.
  'three-step-check': {
    title: '付钱前“三步确认”',
    why: '有人发消息让你转钱，哪怕是熟人，也先打电话给本人核实。打你手机里存的号码，不要打消息里给的号码。',
    limits:
      '文字、头像、昵称都可能是假的，只有本人亲口确认才算数。' +
      '微信弹出风险提醒，或让你等 15 分钟“转账冷静期”时，先停下来核实，不要急着付款。',
    path: [],
    steps: [
      '转账前：打电话核实对方身份',
      '转账中：检查收款人是不是本人；大额转账时微信会显示对方的部分实名，对不上就停下',
      '转账后：保存转账凭证',
    ],
    sourceIds: ['P5', 'F6', 'T6', 'L6'],
  },
  // C1: 95017 also calls out, so the rule is "dial it yourself".
  'spot-fake-service': {
    title: '识别假“客服”',
    why: '95017 是微信支付客服，它也会打电话给用户，所以骗子爱冒充它。来电显示也可以伪造。',
    limits:
      '不要照来电里的指示转钱或操作手机。要核实，挂断后自己拨打 95017。' +
      '自称警察的来电也一样，照样挂断核实。' +
      REAL_96110_LINE.text,
    path: [],
    steps: ['挂断来电', phrases.call95017Button, '不按来电的要求转钱、共享屏幕或报验证码'],
    sourceIds: ['C1', 'C6', 'F3', 'F4', 'F5'],
  },
  // F8 (M-H): the tools that show what is registered in your name, and the warning SMS.
  'check-in-your-name': {
    title: IN_YOUR_NAME.title,
    why: '验证码给过别人、账号被盗过的，可能有人用你的名义办了卡或账号。',
    limits: `这些工具只能查出名下有什么；查到不是你本人办的，报警时告诉警察。${IN_YOUR_NAME.text}`,
    path: [],
    steps: IN_YOUR_NAME.steps,
    sourceIds: IN_YOUR_NAME.sourceIds,
  },
  // P6 (M-H): Alipay has the same delay; no accept step; the fraud complaint wording.
  'alipay-delay': {
    title: '用支付宝也打开延时到账',
    why: '支付宝转账没有确认收款这一步，钱直接到对方账户。延时到账（2 小时或 24 小时）给你留出报警和投诉的时间。',
    limits:
      `被骗后先报警，再在支付宝“${pathText(tapPaths.alipayComplaint.steps)}”里选“我被骗了，钱是我付的”。` +
      '以支付宝实际显示为准。',
    path: tapPaths.alipayDelay.steps,
    sourceIds: ['P6'],
  },
} as const satisfies Record<string, PreventionText>

export type PreventionItemId = keyof typeof preventionTexts

/** Parents' version: big type, one short sentence each, in the order the page shows them. */
export const familyGuideTexts = {
  'family-call-first': {
    text: '有人要钱：打您手机里存的号码问本人，不要打消息里给的号码。',
    sourceIds: ['P5', 'F6'],
  },
  'family-fake-service': {
    text: '“客服”来电让您转钱，马上挂断。要问就自己拨 95017。',
    sourceIds: ['C1'],
  },
  // F5, F3, F4: the three instructions scammers give elders most.
  'family-code': { text: '验证码、支付密码，谁要都不给。', sourceIds: ['F5'] },
  'family-safe-account': {
    text: '说您涉案、要您转到“安全账户”的，都是骗子。',
    sourceIds: ['F3'],
  },
  'family-screen-share': {
    text: '陌生人让您开“共享屏幕”，马上拒绝。',
    sourceIds: ['F4'],
  },
  'family-call-110': { text: '被骗了，马上打 110。', sourceIds: ['C6'] },
  'family-no-recovery': { text: '说能帮您追回、要先交钱的，都是骗子。', sourceIds: ['S1'] },
  'family-delay': { text: '请家人帮您打开“延时到账”。', sourceIds: ['P1', 'D1'] },
  // T3: ask them to tap 退还; T2: the reminder only asks them to take the money.
  'family-auto-return': {
    text: '转错了：请对方点“退还”，别点“提醒对方收款”。',
    sourceIds: ['T3', 'T2'],
  },
  // T1: the ~24 h return of an unaccepted chat transfer; T5: a phone-number transfer has no
  // accept step, so nothing waits to come back.
  'family-wait-return': {
    text: '对方没收的钱约 24 小时后退回；手机号转账会直接到账。',
    sourceIds: ['T1', 'T5'],
  },
} as const satisfies Record<string, { text: string; sourceIds: readonly SourceId[] }>
