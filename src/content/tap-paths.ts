import type { SourceId } from './sources'
import { delayedArrivalName } from './labels'
import { phrases } from './phrases'

/**
 * Every WeChat tap path the app shows, once, with the facts it rests on. Components draw them as
 * steps (TapPath) or copy them as text (pathText); sentences that mention a path build it from
 * here, so a path WeChat renames is changed in one place.
 */
export interface TapPathEntry {
  steps: readonly string[]
  /** The same place in older WeChat versions, where it differs. */
  older?: readonly string[]
  /** Empty only with `unsourced`: a path no source in the catalogue shows. */
  sourceIds: readonly SourceId[]
  unsourced?: true
}

/** Steps that recur: the 右上角 menu and WeChat's own names for two settings (FACTS D1). */
const MORE = '右上角 ···'
const PAY_SETTINGS = '支付设置'
const ARRIVAL_TIME = '转账到账时间'
const DETAIL = [phrases.thisTransfer, '转账详情'] as const

const bill = ['我', '服务', '钱包', '账单'] as const
const billOlder = ['我', '支付', '钱包', '账单'] as const
const securityCenter = ['我', '设置', '账号与安全', '微信安全中心'] as const

export const tapPaths = {
  /** FACTS D3: where every transfer is listed; D1 only for the older name of 服务 (支付). */
  bill: { steps: bill, older: billOlder, sourceIds: ['D3', 'D1'] },
  /** FACTS C8: the 交易单号 is on the transfer's detail page, reached from the bill (D3). */
  billDetail: {
    steps: [...bill, ...DETAIL],
    older: [...billOlder, ...DETAIL],
    sourceIds: ['C8', 'D3', 'D1'],
  },
  /** FACTS C8: the short form, for someone already in the bill. */
  transactionId: { steps: ['账单', ...DETAIL], sourceIds: ['C8'] },
  /** FACTS D3: the complaint at the bottom of a 待入账 transfer. */
  delayComplaint: { steps: [...bill, '待入账的这笔转账', '投诉'], sourceIds: ['D3'] },
  /** FACTS D1: the standing 转账到账时间 setting. */
  arrivalSetting: {
    steps: ['我', '服务', MORE, PAY_SETTINGS, ARRIVAL_TIME],
    older: ['我', '支付', MORE, '支付管理', ARRIVAL_TIME],
    sourceIds: ['D1'],
  },
  /** FACTS P4: 支付密码 and 指纹/面容. */
  paySettings: { steps: ['我', '服务', MORE, PAY_SETTINGS], sourceIds: ['P4', 'D1'] },
  /** FACTS P4, C4: login alerts and freezing. */
  securityCenter: { steps: securityCenter, sourceIds: ['P4', 'C4'] },
  /** FACTS C4. */
  freezeAccount: { steps: [...securityCenter, '冻结账号'], sourceIds: ['C4'] },
  /** FACTS D1: 我 → 服务 (older: 支付), the start of every payment setting. */
  payServices: { steps: ['我', '服务'], sourceIds: ['D1'] },
  /** FACTS P3. */
  youthMode: { steps: ['我', '设置', '青少年模式'], sourceIds: ['P3'] },
  /** FACTS C2: complaint about a person, from the chat. */
  chatComplaint: {
    steps: ['聊天窗口', MORE, '投诉', '存在欺诈骗钱行为', '选择具体类型', '上传证据'],
    sourceIds: ['C2'],
  },
  /** FACTS C3. */
  tencent110: {
    steps: ['腾讯110 小程序', '我要举报', '选择类型', '填写金额、对象、平台', '上传截图'],
    sourceIds: ['C3'],
  },
  /** FACTS P6: Alipay's complaint after a police report. */
  alipayComplaint: { steps: ['账单', phrases.thisTransfer, '投诉'], sourceIds: ['P6'] },
  /**
   * This mini-program's own settings, where calendar permission is switched on. M4/M7 describe the
   * calendar API and the privacy rule, not this path: no source shows it.
   */
  miniProgramSettings: { steps: [MORE, '设置', '日历'], sourceIds: [], unsourced: true },
  /** FACTS P6: Alipay's own delay setting. */
  alipayDelay: { steps: ['支付宝', '转账', '···', delayedArrivalName], sourceIds: ['P6'] },
} satisfies Record<string, TapPathEntry>

export type TapPathId = keyof typeof tapPaths

/** '我 → 服务 → 钱包 → 账单', for copying and for sentences. */
export function pathText(steps: readonly string[]): string {
  return steps.join(' → ')
}

/** A path with its older name in brackets, for sentences: '我 → 服务 → …（旧版微信为 我 → 支付 → …）'. */
export function pathWithOlder(id: TapPathId): string {
  const entry: TapPathEntry = tapPaths[id]
  const now = pathText(entry.steps)
  return entry.older ? `${now}（旧版微信为 ${pathText(entry.older)}）` : now
}
