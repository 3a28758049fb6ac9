import type { SourceId } from './sources'

/**
 * A side-by-side comparison of the routes a victim can take. It replaces the seed articles' tables,
 * which carried invented numbers ("立案后6个月内", "1-7个工作日", success rates, "5000+元"): no
 * success rate, percentage or deadline appears here unless a FACTS row states it.
 *
 * Mediation (人民调解/诉前调解) is left out on purpose: FACTS.md has no row for it, and every
 * sentence here must trace to one. Add it once a source is added to sources.ts.
 */
export type LegalRouteId = 'police' | 'platform' | 'civil'

export interface LegalRoute {
  id: LegalRouteId
  title: string
  /** When this route applies. */
  whenApplies: string
  cost: string
  /** Time limits that FACTS states; never an invented deadline. */
  timeLimit: string
  /** What the user needs to bring or prepare. */
  needs: string[]
  notes?: string[]
  sourceIds: SourceId[]
}

export const legalRoutes: LegalRoute[] = [
  {
    id: 'police',
    title: '报警',
    whenApplies: '被骗、账号被盗用转钱等违法犯罪。拨打 110。96110 只做反诈劝阻和咨询，不受理报案。',
    cost: '免费。',
    timeLimit: '越早越好。警方说前 30 分钟对紧急止付最关键。',
    needs: [
      '你的身份证',
      '付款用的微信账号（手机）',
      '准确的转账时间和金额',
      '对方的账号、昵称',
      '交易单号（转账单号）',
      '聊天和转账截图',
    ],
    notes: [
      '电信网络诈骗 3,000 元起构成犯罪；金额更小也要报警，警方可能按治安案件处理。',
      '也可以用“国家反诈中心”App 的“报案助手”实名报案。',
    ],
    sourceIds: ['C6', 'C8', 'L5', 'C7'],
  },
  {
    id: 'platform',
    title: '平台投诉',
    whenApplies:
      '对方用微信骗钱（聊天里投诉，或在“腾讯110”小程序举报）；延时到账期间投诉这笔待入账的转账。',
    cost: '免费。',
    timeLimit: '延时到账的投诉要在延时结束、钱进对方零钱之前提交。',
    needs: ['投诉原因', '转账和聊天截图', '对方的微信号'],
    notes: ['投诉由微信审核，可能退回，也可能不退。', '个人之间的转账不适用商户投诉的退款规则。'],
    sourceIds: ['C2', 'C3', 'D3', 'C5'],
  },
  {
    id: 'civil',
    title: '民事起诉',
    whenApplies:
      '转错了钱、对方不退还：以“不当得利”起诉对方返还（民法典第985条）。一般向对方住所地法院起诉。',
    cost: '要交诉讼费，按《诉讼费用交纳办法》计算；请律师还要另付律师费。',
    timeLimit: '3 年诉讼时效，从知道受损并且知道对方是谁时起算；最长 20 年（民法典第188条）。',
    needs: [
      '对方的真实姓名、身份证号和住址（只知道部分姓名时，可以申请法院调查令向财付通调取）',
      '转账截图、对方资料页截图',
      '你请对方退还的消息',
    ],
    notes: [
      '金额不大、事实清楚的，可能适用小额诉讼：一审终审。标的额上限按本省上一年度年平均工资计算，各省、各年份不同，以当地法院公布的为准。',
    ],
    sourceIds: ['L1', 'L2', 'L3', 'L4'],
  },
]
