import type { SourceId } from './sources'
import { phrases } from './phrases'

/**
 * A side-by-side comparison of the routes a victim can take. It replaces the seed articles' tables,
 * which carried invented numbers ("立案后6个月内", "1-7个工作日", success rates, "5000+元"): no
 * success rate, percentage or deadline appears here unless a cited source states it.
 *
 * FACTS.md has no row on mediation or court fees, so those rest on the statutes added to sources.ts
 * (R1 人民调解法, R2 诉讼费用交纳办法) and say only what those texts say: no fee table, no success
 * rate, no claim that mediation suits a fraud (fraud is a crime: 110, C6).
 */
export interface LegalRouteText {
  title: string
  /** When this route applies. */
  whenApplies: string
  cost: string
  /** Time limits that a cited source states; never an invented deadline. */
  timeLimit: string
  /** What the user needs to bring or prepare. */
  needs: readonly string[]
  notes?: readonly string[]
  sourceIds: readonly SourceId[]
}

export const legalRouteTexts = {
  police: {
    title: '报警',
    whenApplies:
      '被骗、账号被盗用转钱等违法犯罪。拨打 110。96110 是反诈劝阻、咨询和举报专线，不受理报案。',
    cost: '免费。',
    timeLimit:
      '越早越好。警方说，转账后最初 30 分钟对紧急止付（警方的紧急措施，报警时说出这四个字）最关键。',
    needs: [
      '你的身份证',
      '付款用的微信账号（手机）',
      '准确的转账时间和金额',
      '对方的账号、昵称',
      phrases.transactionId,
      '聊天和转账截图',
    ],
    notes: [
      '电信网络诈骗 3,000 元起构成犯罪（数额较大）；金额更小也要报警，警方可能按治安案件（够不上犯罪的违法案件）处理。',
      '也可以用“国家反诈中心”App 的“报案助手”实名报案。',
    ],
    sourceIds: ['C6', 'C8', 'L5', 'C7'],
  },
  platform: {
    title: phrases.platformComplaint,
    whenApplies:
      '对方用微信骗钱（聊天里投诉，或在“腾讯110”小程序举报）；延时到账期间投诉这笔待入账的转账。',
    cost: '免费。',
    timeLimit: '延时到账的投诉要在延时结束、钱进对方零钱之前提交。',
    needs: ['投诉原因', '转账和聊天截图', '对方的微信号'],
    notes: [
      '延时到账期间对这笔转账的投诉：微信审核后可能退回，也可能不退。',
      '投诉对方账号：让平台处理这个账号，本身不保证退钱。',
      '个人之间的转账不适用商户投诉的退款规则。',
    ],
    sourceIds: ['C2', 'C3', 'D3', 'C5'],
  },
  civil: {
    title: '民事起诉',
    whenApplies:
      '转错了钱、对方不退还：以“不当得利”（没有法律依据拿到别人的钱）起诉对方返还（民法典第985条），法院按这个案由受理转错账。一般向对方住所地法院起诉。' +
      phrases.fraudCivilAsk,
    // R2 第二十条 (the plaintiff pays in advance), 第二十九条 (the loser bears it), 第十六条 (halved
    // under the simple procedure).
    cost:
      '要交案件受理费：由起诉的一方（原告）先预交，最后原则上由败诉的一方负担；' +
      '适用简易程序审理的案件，案件受理费减半交纳。请律师的费用另算。',
    timeLimit:
      '3 年诉讼时效，从知道受损并且知道对方是谁时起算；最长 20 年（民法典第188条）。' +
      phrases.limitationGloss,
    needs: [
      `对方的真实姓名、身份证号和住址（只知道部分姓名时，可以申请法院${phrases.investigationOrder}，向${phrases.tenpay}调取）`,
      '转账截图、对方资料页截图',
      '你请对方退还的消息',
    ],
    notes: [
      `金额不大、事实清楚的，可能适用小额诉讼：${phrases.finalInstance}。标的额（要求对方还的钱数）上限按本省上一年度年平均工资计算，各省、各年份不同，以当地法院公布的为准。`,
      phrases.enrichmentExceptions,
      phrases.largeTransferName,
    ],
    sourceIds: ['L1', 'L2', 'L3', 'L4', 'L6', 'R2'],
  },
  mediation: {
    title: '人民调解',
    // R1: 人民调解 handles 民间纠纷 (第四条's wording); 第十七条: one side's refusal ends it.
    whenApplies:
      '转错了钱这类民间纠纷，双方都愿意坐下来谈时，可以向人民调解委员会申请调解。' +
      '对方明确拒绝调解的，不能调解。被骗是违法犯罪，请拨打 110 报警。',
    cost: '免费：人民调解委员会调解民间纠纷，不收取任何费用。',
    timeLimit:
      '调解协议有法律约束力。想让法院能强制执行，双方可以在协议生效之日起 30 日内共同向人民法院申请司法确认。',
    needs: ['对方同意调解', '转账截图、聊天记录等能说明经过的材料'],
    notes: ['经法院确认有效后，一方不履行的，另一方可以向人民法院申请强制执行。'],
    sourceIds: ['R1', 'C6', 'L3'],
  },
} as const satisfies Record<string, LegalRouteText>

export type LegalRouteId = keyof typeof legalRouteTexts
