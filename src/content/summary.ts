import { detailLabels } from './report-details'

/**
 * The case summary (报案材料): one line per fact, to paste into a police report or complaint form.
 * It carries what police ask for (FACTS C8): exact time and amount, the other side's account and
 * name, the 交易单号 and the evidence list. `{gaps}` are the user's own values, filled when the
 * summary is made; a value the user did not give reads `notGiven`.
 */
export const summaryLines = {
  heading: '【转账情况说明】',
  sentAt: '转账时间：{time}',
  amount: '金额：{amount}',
  method: '转账方式：微信{method}',
  arrival: '到账时间设置：{arrival}',
  acceptedAt: '对方收款时间：{time}',
  cause: '情况：{cause}{crossBorder}',
  /** Follows the cause when the case involves another country. */
  crossBorder: '（涉及境外）',
  recipientName: `${detailLabels.recipientName}：{value}`,
  recipientWechatId: '对方微信号：{value}',
  transactionId: '交易单号/转账单号：{value}',
  /** The stage is the app's inference from what the user entered, never something it saw (T1). */
  stage: '当前状态（按本人填写推算）：{stage}',
  story: '事情经过：{value}',
  evidence: '证据：',
  doneSteps: '已经做了：',
  /** One evidence item or step, done or not yet. */
  ticked: '✓ {title}',
  unticked: '☐ {title}',
  generatedAt: '生成时间：{time}',
  notGiven: '未填写',
  footer: '本说明由“转账急救箱”在手机上生成，只包含用户自己填写的内容。',
} as const
