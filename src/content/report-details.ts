/**
 * The optional details a user adds before copying the case summary (FACTS C8: police need the
 * other side's account and name and the 交易单号): each field's name in messages, and what the
 * check says when a value cannot be used. `{max}`/`{min}` are the limits the check applies.
 */
export const detailLabels = {
  /** One name for the field on every screen: the form, the summary, the messages. */
  recipientName: '对方昵称或备注',
  recipientWechatId: '微信号',
  transactionId: '交易单号',
  story: '事情经过',
} as const

export const detailMessages = {
  /** A field that holds something other than text. */
  notText: '{label}格式不正确',
  /** The whole record is not an object of fields. */
  notRecord: '补充信息格式不正确',
  unreadable: '补充信息无法读取',
  nameTooLong: `${detailLabels.recipientName}最多 {max} 个字`,
  wechatIdTooLong: '微信号最多 {max} 个字符',
  wechatIdChars: '微信号只能包含字母、数字、下划线和减号',
  transactionIdDigits: '交易单号只能是数字',
  transactionIdLength: '交易单号应为 {min}-{max} 位数字，请对照转账详情检查',
  storyTooLong: '事情经过最多 {max} 个字',
} as const
