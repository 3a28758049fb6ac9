/**
 * Claims the app must never make (FACTS.md, "Claims ... that the app must NOT make", plus the
 * invented numbers of the seed articles): the one rulebook. The content tests and
 * `npm run content:check` scan every user-visible string against it. It lives outside src/ so that
 * none of its patterns ship in the mini-program.
 *
 * Warnings legitimately mention some of the words in negated form ("没有撤回按钮", "不能自己撤回",
 * "96110 ... 不是报案电话", "亲属卡不能用来转账"). A rule that can be negated carries `allowIf`,
 * which looks at the match and the text just before it, within the same clause. Rules for things
 * that must not be said at all (fake numbers, success rates, "延时红包") have no `allowIf`; the
 * app's own text avoids naming them instead.
 *
 * No lookbehind is used: older iOS WeChat JS engines do not support it.
 */
import { ui } from '../../src/content/ui-case'

export interface ForbiddenContext {
  match: string
  /** Up to 12 characters before the match, cut at the last clause break. */
  before: string
  /** Up to 40 characters either side of the match (not cut). */
  around: string
  /** The clause holding the match (cut at ，；。！？ and line breaks). */
  clause: string
  /** The sentence holding the match (cut at 。！？ and line breaks). */
  sentence: string
}

export interface ForbiddenClaim {
  id: number
  pattern: RegExp
  why: string
  /** Returns true when this occurrence is allowed (e.g. negated). */
  allowIf?: (ctx: ForbiddenContext) => boolean
}

export interface ForbiddenHit {
  id: number
  why: string
  match: string
}

/**
 * The undo of a status the user recorded on 倒计时 (the button "记错了，撤销" and its toast): it takes
 * back the app's own record, not the transfer. Only these exact texts are let through.
 */
const RECORD_UNDO: ReadonlySet<string> = new Set([ui.updateStatus.undo, ui.updateStatus.undone])

// 未 is left out on purpose: "对方未确认时可自主撤回" is a claim, not a negation.
const NEGATION = /不|没|无|别|勿|非|禁止/
/** A negation somewhere in the clause, for the clause-level rules. */
const CLAUSE_NEGATION = /没有|不能|无法|不可|不会|不是|不要|别|勿/

/**
 * The occurrence is negated: a negation word inside the match, or in the last four characters
 * before it within the same clause ("不可撤回", "不要付费找追回服务").
 */
const negated = ({ match, before }: ForbiddenContext) =>
  NEGATION.test(match) || NEGATION.test(before.slice(-4))

type ClaimSpec = Omit<ForbiddenClaim, 'id'>

const specs: ClaimSpec[] = [
  // 1. Self-service recall (T2, D3).
  {
    pattern: /一键撤回/,
    why: '微信转账没有撤回按钮，付款人不能自己撤回（T2）。',
  },
  {
    pattern: /(点击|点一下|点|按|长按|选择|找到)[^，。；！？\n]{0,8}?[“"「『]?撤回/,
    why: '没有可以点的“撤回”，长按只能重新发送转账消息（T2）。',
    allowIf: negated,
  },
  {
    pattern: /(可以?|能够?)(自主|自行|自己|直接|立即|马上|随时)?撤回/,
    why: '付款人不能自己撤回转账（T2）；延时期间也只能投诉，由微信审核（D3）。',
    allowIf: negated,
  },
  {
    pattern: /撤回[”"」』]?(按钮|选项|功能|入口|键)/,
    why: '微信转账没有撤回按钮（T2）。',
    allowIf: negated,
  },
  {
    pattern: /撤回(成功|黄金|窗口|时效)|(自主|自行)撤回/,
    why: '不存在自助撤回，也就没有撤回时效或成功率（T2、D3）。',
    allowIf: negated,
  },
  {
    pattern:
      /(延时|延迟)(到账)?(期间|期内|时段|内)[^。]{0,10}?(可以?|能够?)[^。]{0,6}?(撤回|取消|撤销|拦截)/,
    why: '延时期间付款人不能自己取消，只能投诉，由微信审核，不保证退回（D3）。',
    allowIf: negated,
  },
  {
    pattern: /(可以?|能)[^。，；]{0,2}(自己|自行)?取消(转账|这笔|交易)/,
    why: '转账不能取消（T2、T5）。',
    allowIf: negated,
  },
  {
    pattern: /(客服|人工)[^。，；]{0,8}(撤回|拦截|追回|退款)/,
    why: '微信帮助中心说明，客服不会退还转账（T2）。',
    allowIf: negated,
  },
  // 2. "100%" and certainty (D3, S1).
  {
    pattern: /100\s*[%％]|百分之?百/,
    why: '没有任何途径能保证追回；“百分百追回”是追款骗局的话术（D3、S1）。',
  },
  // 3. Fake logins (must-NOT #3; real routes C4, C6, C2).
  {
    pattern: /伪登录|异常设备[^，。]{0,4}登录|触发风控/,
    why: '用别的设备登录“触发风控”会把受害人锁在账号外，登录他人账号违法；应冻结账号、报警、投诉（C4）。',
  },
  // 4. Invented statistics.
  {
    pattern: /\d+(\.\d+)?\s*[%％]/,
    why: '没有来源的百分比（成功率、概率等）不能出现；唯一例外是小额诉讼标的额的 50%/200%（L4）。',
    allowIf: ({ match, around }) =>
      /^(50|200)\s*[%％]$/.test(match) && /小额|平均工资/.test(around),
  },
  {
    pattern: /百分之[零〇一二两三四五六七八九十]+/,
    why: '没有来源的百分比不能出现（FACTS 禁止事项 4）。',
  },
  {
    pattern: /(成功|追回|挽回|返还|退回|撤回|申诉|投诉|损失)(率|概率|几率)/,
    why: '没有真实来源的成功率、追回率不能出现（FACTS 禁止事项 4）。',
  },
  {
    pattern: /\d+(\.\d+)?\s*倍/,
    why: '“损失率低7.3倍”“举证难度增加3倍”之类的数字没有来源（FACTS 禁止事项 4）。',
  },
  {
    pattern: /平均(耗时|处理周期|处理时间)/,
    why: '处理时长的统计没有来源（FACTS 禁止事项 4）。',
  },
  // 5. Wrong numbers and fake channels (C9, C6).
  {
    pattern: /95010|wz12311|uu12311/i,
    why: '这些是文章里流传的错误号码或仿冒网站；微信支付客服是 95017，报案打 110（C9、C1）。',
  },
  {
    pattern: /12377[^。]{0,12}(诈骗|被骗|报案|骗钱|追回)|(诈骗|被骗|报案|骗钱)[^。]{0,12}12377/,
    why: '12377 受理违法和不良信息举报，不处理诈骗；被骗拨打 110（C9）。',
    allowIf: negated,
  },
  {
    pattern: /96110[^。，；]{0,8}(报案|报警|立案)|(报案|报警|立案)[^。，；]{0,6}96110/,
    why: '96110 是反诈劝阻和咨询电话，不是报案电话；报案打 110（C6）。',
    allowIf: negated,
  },
  // 6. Merchant rules applied to personal transfers (C5).
  {
    pattern: /(7|七)\s*天无理由/,
    why: '“7天无理由退款”不适用于个人转账（C5）。',
  },
  {
    pattern: /申请退款/,
    why: '“申请退款”属于商户交易投诉，个人转账没有这个入口（C5）。',
    allowIf: negated,
  },
  {
    pattern: /(24|二十四)\s*小时[^。，；]{0,4}(回复|答复|响应|处理完|办结)|(72|七十二)\s*小时/,
    why: '24 小时回复、72 小时处理是商户投诉的服务标准，不适用于个人转账（C5）。',
  },
  {
    pattern: /\d+\s*[-~～—至到]\s*7\s*个?工作日|立案后\s*\d+\s*个?月/,
    why: '没有来源的处理时限（FACTS 禁止事项 4、6）。',
  },
  {
    pattern: /黄金\s*\d*\s*(期|小时|分钟|时间)/,
    why: '“黄金24小时”“撤回黄金期”没有来源；C8 只说警方认为前 30 分钟对紧急止付最关键。',
  },
  // 7. Small claims at 30% (L4).
  {
    pattern: /小额[^。]{0,24}((30|三十)\s*[%％]|百分之三十)/,
    why: '小额诉讼的上限是本省上年度平均工资的 50%，不是 30%，且不能写死金额（L4）。',
  },
  // 8. 亲属卡 for transfers or 红包 (P2).
  {
    pattern: /亲属卡[^。；]{0,12}(可以|可|能够|能)[^。；]{0,6}(转账|红包)/,
    why: '亲属卡不能用于转账和红包（P2）。',
    allowIf: negated,
  },
  {
    pattern: /亲属卡[^。]{0,12}(转账|红包)限额/,
    why: '亲属卡没有转账功能，只有每月额度（P2）。',
  },
  // 9. Paid recovery and "technical cracking" (S1).
  {
    pattern: /技术破解|黑客追回|破解追回/,
    why: '“技术破解”追款是骗局，也可能违法（S1）。',
  },
  {
    pattern:
      /(找|联系|委托|使用|推荐|借助|求助)[^。，；]{0,6}(追回服务|追款公司|追款机构|代追|追回机构|追回公司|追款团队)/,
    why: '付费追回服务是二次诈骗；只找警方、平台和持证律师（S1）。',
    allowIf: negated,
  },
  // 10. Delay per transfer, "3 changes a day", delayed 红包 (D1, D5).
  {
    pattern: /每天[^。，]{0,6}(3|三)\s*次/,
    why: '“每天只能改3次”没有来源（D1）。',
  },
  {
    pattern: /延时红包|延迟红包|红包[^。，]{0,6}(延时|延迟)到账/,
    why: '延时到账是否适用于红包没有官方来源，不能下结论（D5）。',
  },
  {
    pattern:
      /(每笔|单笔|这笔|本次|每次)[^。，]{0,8}(设置|选择|选)[^。，]{0,4}(延时|延迟)|对[^。，]{0,8}(账户|账号|好友|收款人)[^。，]{0,6}(启用|设置|开启|打开)[^。，]{0,6}(延时|延迟)/,
    why: '延时到账是账户的长期设置，不能每笔或对某个人单独设置（D1）。',
    allowIf: negated,
  },
  // Other invented advice in the seed articles.
  {
    pattern: /外汇管理局备案|外管局备案/,
    why: '“跨境追款需外汇管理局备案”没有来源。',
  },
  {
    pattern: /征信受损|影响征信|上征信|限高消费|限制高消费/,
    why: '向对方发出征信、限高之类的威胁没有依据；请对方返还只需引用民法典第985条（L1）。',
  },
  {
    pattern: /(必须|需要|需)[^。，；]{0,4}公证/,
    why: '“证据需公证”没有来源；保存截图、聊天记录即可（C8、L3）。',
  },

  // 11. Vouching for a caller because of the number shown (C6, F3-F5): caller IDs can be faked.
  {
    pattern:
      /(显示|来电|号码)[^。；，]{0,12}(96110|110|95017|官方号码)[^。；]{0,8}(那是|就是|是|为)[^。；]{0,4}(真的|官方|正规|反诈|劝阻|警方|警察|公安|客服)/,
    why: '来电显示可以伪造：显示 96110、110 或官方号码的来电不一定是真的（C6、F3-F5）。',
    allowIf: negated,
  },
  {
    pattern:
      /(来电|打给你|打来|致电)[^。；]{0,16}(96110|110|95017)[^。；]{0,6}(请|放心|可以|要|务必)接听/,
    why: '不能因为来电显示就叫用户接听、相信：真的 96110 和警察也不会让你转账、说验证码、共享屏幕或装 App（C6、F3-F5）。',
    allowIf: negated,
  },
  {
    pattern:
      /(96110|110|95017)[^。；]{0,12}(来电|打来的电话)[^。；]{0,6}(都是|一定是|肯定是|就是)真/,
    why: '来电显示可以伪造，不能说某个号码打来的就一定是真的（C6）。',
    allowIf: negated,
  },
  // 12. A pending transfer "has been returned" as a fact (T1): the app can only say it should have
  // been, and ask the user to check.
  {
    pattern:
      /已(经)?(被)?自动退(回|还)|(钱|这笔|转账)[^。，；]{0,6}已(经)?(被)?退(回|还)(给你|到你|到零钱|到原卡|原卡)/,
    why: '应用看不到退款：未收款的转账约 24 小时后只能说“应该已退回”，并请用户自己确认（T1）。',
    allowIf: ({ match, before }) =>
      /不|没/.test(match) || /应|可能|是否|有没有|没有|确认|如果|若|假如|看看|查看/.test(before),
  },
  {
    pattern: /(^|[^约\s])\s*(24|二十四)\s*小时[^。]{0,12}(自动)?退(回|还)/,
    why: 'T1 说的是“约 24 小时”自动退回，不是准点 24 小时（T1）。',
  },
  // Stricter sentence- and clause-level forms of the rules above: whatever mentions recalling,
  // cancelling or a guarantee must deny it in the same clause or sentence.
  {
    pattern: /撤回|撤销|取消(?!共享)/,
    why: '付款人不能撤回、撤销或取消转账；提到它们的分句必须是否定的（T2、D3）。',
    allowIf: ({ clause, sentence }) => CLAUSE_NEGATION.test(clause) || RECORD_UNDO.has(sentence),
  },
  {
    pattern: /长按[^。]*撤回/,
    why: '长按转账消息只能重新发送，不能撤回（T2）。',
    allowIf: ({ clause }) => CLAUSE_NEGATION.test(clause),
  },
  {
    pattern: /(延时|延迟)[^。，；]*(撤回|取消|拦截)/,
    why: '延时期间只能投诉，由微信审核（D3）。',
    allowIf: ({ clause }) => CLAUSE_NEGATION.test(clause),
  },
  {
    pattern: /概率|12311|别的设备登录/,
    why: '编造的概率、仿冒网站和“换设备登录”都不能出现（FACTS 禁止事项 3、4、5）。',
  },
  {
    pattern: /12321[^。]{0,12}(诈骗|被骗|报案|骗钱)|(诈骗|被骗|报案|骗钱)[^。]{0,12}12321/,
    why: '12321 受理垃圾信息举报，不处理诈骗；被骗拨打 110（C9）。',
    allowIf: negated,
  },
  {
    pattern: /(保证|百分百)[^。]*追回/,
    why: '没有人能保证追回（S1）。',
    allowIf: ({ sentence }) => /骗|没有人能|不|没/.test(sentence),
  },
  {
    pattern: /每(次|笔)[^。]*(延时|到账时间)/,
    why: '转账到账时间是账户设置，不是每笔选择（D1）。',
    allowIf: ({ sentence }) => /不是|不能|不/.test(sentence),
  },
  {
    pattern: /一天[^。]*(3|三)\s*次|48\s*小时/,
    why: '“一天只能改 3 次”“48 小时内取证”之类的时限没有来源（D1，FACTS 禁止事项 4）。',
  },
  // More of 11, in the wording the scam-sign check could drift into: a caller ID proves nothing.
  {
    pattern:
      /(110|96110|95017|官方号码|官方电话)[^。；！？\n]{0,12}(一定|肯定|必然|必定|都|就)是?(真|官方|警察|正规)/,
    why: '来电显示的号码可以伪造；真正的警察和 96110 不会让你转账、要验证码、共享屏幕或装软件（C6、F3、F4、F5）。',
    allowIf: negated,
  },
  {
    pattern: /(110|96110|95017|官方号码|官方电话)[^。；！？\n]{0,12}(可以|可|能)(放心|相信|信任)/,
    why: '来电显示的号码可以伪造，不能凭号码相信来电（C6、F3）。',
    allowIf: negated,
  },
  // A checklist can find scam signs; it can never prove a request is safe (F9).
  {
    pattern: /(不是|并非|不像|没有)[^。，；]{0,2}骗局/,
    why: '自查只能发现已知的骗局迹象，不能说“不是骗局”（F9）。',
    // "是不是骗局" asks the question; it does not answer it.
    allowIf: ({ match, before }) => match.startsWith('不是') && before.endsWith('是'),
  },
  {
    pattern:
      /(可以|能|请)放心[^。，；]{0,2}(转|付|汇)|(安全|放心|没问题)[^。；]{0,3}(可以|能)(转|付)/,
    why: '没有哪份自查能让人“放心转账”（F9）。',
    // "没问题" carries a 没 of its own: only a negation outside it counts.
    allowIf: ({ match, before }) =>
      NEGATION.test(match.replace('没问题', '')) || NEGATION.test(before.slice(-4)),
  },
  {
    pattern:
      /(这个?|该|对方的?)(请求|转账|账户|人|号码)[^。，；]{0,4}是?(安全|可信|正规)的|(结果|检查|自查)[^。，；]{0,6}(安全|无风险|没有风险)/,
    why: '自查不能证明对方或这笔转账是安全的（F9）。',
    allowIf: negated,
  },
]

export const forbiddenClaims: ForbiddenClaim[] = specs.map((spec, i) => ({ id: i + 1, ...spec }))

const CLAUSE_BREAK = /[，,。！？!?；;\n]/
const SENTENCE_BREAK = /[。！？!?\n]/

/** The piece of `text` around [start, end) between two breaks. */
function pieceAround(text: string, start: number, end: number, breaks: RegExp): string {
  let from = start
  while (from > 0 && !breaks.test(text[from - 1])) from--
  let to = end
  while (to < text.length && !breaks.test(text[to])) to++
  return text.slice(from, to)
}

function beforeText(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - 12), index)
  let cut = -1
  for (let i = window.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(window[i])) {
      cut = i
      break
    }
  }
  return window.slice(cut + 1)
}

/** Every forbidden claim in `text`, in rule order. Never throws; non-strings give []. */
export function findForbidden(text: string): ForbiddenHit[] {
  if (typeof text !== 'string' || text === '') return []
  const hits: ForbiddenHit[] = []
  for (const claim of forbiddenClaims) {
    const flags = claim.pattern.flags.includes('g')
      ? claim.pattern.flags
      : claim.pattern.flags + 'g'
    const re = new RegExp(claim.pattern.source, flags)
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null) {
      if (m[0] === '') {
        re.lastIndex++
        continue
      }
      const ctx: ForbiddenContext = {
        match: m[0],
        before: beforeText(text, m.index),
        around: text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40),
        clause: pieceAround(text, m.index, m.index + m[0].length, CLAUSE_BREAK),
        sentence: pieceAround(text, m.index, m.index + m[0].length, SENTENCE_BREAK),
      }
      if (!claim.allowIf || !claim.allowIf(ctx)) {
        hits.push({ id: claim.id, why: claim.why, match: m[0] })
      }
    }
  }
  return hits
}
