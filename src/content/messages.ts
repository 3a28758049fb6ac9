import { arrivalLabels, methodLabels, recipientLabels } from './labels'
import { phrases } from './phrases'
import { pathText, tapPaths } from './tap-paths'

/**
 * Every check message, toast and confirm dialog the app shows, grouped by where it comes from.
 * A message that carries a value the code only knows at run time (a time's name, a count, a
 * version) has `{name}` gaps that the caller fills with fill() (./fill.ts).
 */

/** The transfer's times by the field the rules check; they fill `{label}` in caseMessages. */
export const timeFieldNames = {
  sentAt: '转账时间',
  acceptedAt: '对方收款时间',
  acceptedBy: `看到${recipientLabels.accepted}的时间`,
} as const

/**
 * Checking one transfer against the rules of a real one: the status form, 更新状态 and every
 * saved record read back from storage use the same rules and so the same messages.
 */
export const caseMessages = {
  format: '转账信息格式不正确',
  unreadable: '转账信息无法读取',
  /** Any other problem with a field's content. */
  fieldFormat: '内容格式不正确',
  method: '请选择钱是怎么转出去的',
  arrival: '请选择转账到账时间设置',
  recipient: '请选择对方的收款状态',
  cause: '请选择发生了什么',
  crossBorder: '请选择是否涉及境外',
  sentEstimated: '转账时间是否为估计的，格式不正确',
  timeMissing: '请填写{label}',
  timeInvalid: '{label}不是有效的时间',
  amountMissing: '请填写金额',
  amountNotNumber: '金额必须是数字',
  amountCents: '金额最多精确到分',
  amountNotPositive: '金额必须大于 0',
  amountTooLarge: '金额过大，请检查是否多输了位数',
  sentFuture: '转账时间不能晚于现在',
  /** The year is the floor of every time the app accepts (domain/time.ts). */
  sentTooEarly: '转账时间早于微信支付上线（2013 年），请检查年份',
  /** FACTS T5: a phone-number transfer has no accept step. */
  phonePending: `${methodLabels.phone}没有“${recipientLabels.pending}”这一步，请选择“${recipientLabels.accepted}”“${recipientLabels.returned}”或“${recipientLabels.unknown}”`,
  acceptedAtPhone: `${methodLabels.phone}没有确认收款时间，请不要填写`,
  acceptedAtNotAccepted: `只有${recipientLabels.accepted}时才需要填写收款时间`,
  acceptedAtBeforeSent: '对方收款时间不能早于转账时间',
  acceptedAtFuture: '对方收款时间不能晚于现在',
  /** FACTS T1: an unaccepted chat transfer goes back after about 24 hours. */
  acceptedAtAfterReturn: '转账约 24 小时未收款会自动退还，收款时间应在转账后约 24 小时内',
  acceptedByPhone: `${methodLabels.phone}没有确认收款这一步，不需要记录收款时间`,
  acceptedByNotAccepted: `只有${recipientLabels.accepted}时才需要记录看到收款的时间`,
  acceptedByWithAt: `已经填写了对方收款的准确时间，不需要再记录“${phrases.acceptedTimeUnknown}”`,
  acceptedByBeforeSent: `看到${recipientLabels.accepted}的时间不能早于转账时间`,
  acceptedByFuture: `看到${recipientLabels.accepted}的时间不能晚于现在`,
  /**
   * FACTS T1 covers chat transfers only and D5 gives QR payments and 红包 no delay rule: such a
   * payment has no accept step or arrival setting the app can count with.
   */
  otherRecipient: `${methodLabels.other}没有“${recipientLabels.pending}”“${recipientLabels.accepted}”这一步，不用选择收款状态`,
  otherArrival: `${methodLabels.other}不按“转账到账时间”设置计算，请选“${arrivalLabels.unknown}”`,
  acceptedOther: `${methodLabels.other}没有确认收款这一步，不需要填写收款时间`,
} as const

/** The quick answers to "什么时候转的？", by their ids in the status form. */
export const quickTimeLabels = {
  now: '刚刚',
  '10m': '10 分钟前',
  '30m': '半小时前',
  '1h': '1 小时前',
  '2h': '2 小时前',
} as const

/** The moments a date and time picker pair asks for; they fill `{what}` in formMessages. */
export const pickedMoments = {
  sent: '转账',
  accepted: phrases.recipientAccepted,
} as const

/** The status form (状态自查) and 更新状态: what the user typed or picked. */
export const formMessages = {
  sentTimeMissing: `请选择转账时间：点“${quickTimeLabels.now}”“${quickTimeLabels['10m']}”等估计，或按账单里这笔转账的准确时间选择日期和时间`,
  amountNegative: '请直接填写转出的金额，不用带负号',
  amountNotDigits: '金额只能填数字，例如 500 或 12.50',
  amountDecimals: '金额最多两位小数（精确到分）',
  pickDate: '请选择{what}日期',
  pickTime: '请选择{what}时间',
  dateFormat: '{what}日期格式不正确',
  timeFormat: '{what}时间格式不正确',
  noSuchDate: '{what}日期不存在，请重新选择',
  noSuchTime: '{what}时间不存在，请重新选择',
  /** A wall-clock time a daylight-saving change skips (a phone set to a zone abroad). */
  skippedTime: '这个{what}时间在手机所在时区不存在，请重新选择',
  /** FACTS T5: switching to 手机号转账 drops the 待对方确认收款 choice. */
  phonePendingDropped: `${methodLabels.phone}没有“${recipientLabels.pending}”这一步，请重新选择对方的收款状态`,
  /** 更新状态: a change the rules refuse without a message of their own. */
  updateFallback: '时间不正确，请重新选择',
} as const

/**
 * Storage: why a stored value could not be read (kept with the value when it is set aside, and
 * shown on 依据与隐私), and why a write was refused. The years in `implausibleTime` are the
 * bounds of domain/time.ts (isPlausibleTime).
 */
export const storageMessages = {
  empty: '内容为空',
  truncated: '内容不是完整的数据（可能写入时被截断）',
  notObject: '数据格式不正确（{what}）',
  /** What the value was instead of an object ({what} in notObject). */
  isNull: '空值 null',
  isList: '列表，应为对象',
  isOther: '{type}，应为对象',
  noVersion: '数据格式不正确（缺少版本信息）',
  newerVersion: '由更新版本的小程序保存（版本 {version}），当前版本无法读取',
  olderVersion: '无法升级旧版本（版本 {version}）的数据',
  badShape: '数据结构不正确（{issue}）',
  /** Which part broke the shape ({issue} in badShape). */
  badField: '字段 {field} 不符合要求',
  badWhole: '整体不符合要求',
  unserializable: '内容无法保存（格式异常）',
  tooLarge: '内容太大（约 {size} KB），超过单条 {limit} KB 的上限，没有保存',
  writeFailed: '保存失败，可能是手机存储空间已满。请删除一些旧记录后再试，之前保存的内容没有变化',
  /** A key could not be removed (the value stays where it was). */
  deleteFailed: '删除失败，请稍后再试',
  /** Appended to a text cut short for a preview or a stored reason. */
  cut: '…（已截断，原有 {chars} 个字符）',
  caseVersion: '无法升级版本 {version}',
  caseMisplaced: '记录编号 {id} 与存放位置 {key} 不一致（重复或错放的记录）',
  implausibleTime: '保存时间不合理（应在 2013 年到 2099 年之间）',
  caseRules: '转账信息不符合规则：{errors}',
  badCaseKey: '存放位置的编号不合规',
  v0Incomplete: '旧版本（版本 0）记录不完整，无法升级',
  v0Amount: '旧版本（版本 0）记录的金额精度异常，无法升级',
  labelTooLong: '备注最多 {max} 个字',
  caseIncomplete: '转账信息不完整',
  caseNotFound: '找不到这条记录，可能已被删除',
  casesFull: '已保存 {max} 条记录，达到上限。请先删除不再需要的旧记录，再保存新的',
  checklistBad: '清单内容不正确，没有保存',
  checklistScope: '清单名称不正确',
  detailsScope: '记录编号不正确',
  detailsBad: '填写的内容太长或格式不正确，没有保存',
  settingsBad: '设置项不正确，没有保存',
  clearFailed: '有 {count} 项数据没能删除，请稍后再试',
  /** Unreadable values that could not be set aside stay in their keys, with this reason. */
  asideFull: '手机存储空间不足，这条无法读取的数据暂时留在原处，没有删除',
  asideUnreadable: '暂时读不到已放在一边的数据，这条无法读取的数据先留在原处，没有删除',
  asideDamaged: '这条放在一边的记录本身也不完整，以下是它的原始内容',
  legacyItem: '旧版放在一边的列表中，这一项的格式不对，原样保留',
  legacyList: '旧版放在一边的列表无法读取（{reason}），原样保留',
  asideNotFound: '找不到这条数据，可能已被删除',
  asidePartUnreadable: '这条数据有一部分暂时读不出来，请稍后再试',
  asideListUnreadable: '暂时读不到已放在一边的数据，没有删除，请稍后再试',
} as const

/** FACTS M4, M7: adding a deadline to the phone's calendar, one message per outcome. */
export const calendarMessages = {
  added: '已添加到日历',
  denied: `没有日历权限。请点 ${pathText(tapPaths.miniProgramSettings.steps)}，打开后再点一次；如果弹出隐私说明，需要先同意。`,
  unsupported: '当前微信版本不支持添加日历，请升级微信或手动设置提醒',
  failed: '没能添加到日历，请手动设置提醒',
  /** A toast shows about two lines: the refusal's short form (the page shows `denied`). */
  deniedToast: `没有日历权限：请点 ${pathText(tapPaths.miniProgramSettings.steps)} 打开`,
  /** Under the deadline's button once it is in the calendar. */
  addedNote: '已添加到手机日历，到点前会提醒你。',
} as const

/** Calling, copying, and the toasts and confirm dialogs of the pages' actions. */
export const actionMessages = {
  callFailed: '无法自动拨号，请手动拨打 {number}',
  copied: '已复制{what}',
  copyFailed: '复制失败，请长按文字手动复制',
  /** What was copied ({what} in copied) when the caller does not say. */
  copiedContent: '内容',
  copiedRaw: '原始内容',
  copiedReport: '报案材料',
  confirm: '确定',
  remove: phrases.remove,
  removed: '已删除',
  removeCaseTitle: '删除这条记录？',
  removeCaseText: '这条转账的倒计时、清单进度和填写的材料会一起删除，不能恢复。',
  removeAsideTitle: '删除这条数据？',
  removeAsideText: '删除后不能恢复。如果里面可能有还要用的转账记录，请先点“复制原始内容”保存一份。',
  clear: phrases.clear,
  clearText: '将删除这台手机上本应用保存的转账记录、清单进度、报案材料和设置，删除后不能恢复。',
  cleared: `已${phrases.clearAll}`,
  detailsSaved: '已保存在这台手机上',
  detailsFixFirst: '请先改正上面标出的内容',
  countdownNotOpened: '记录已保存，但没能打开倒计时页，请回首页查看',
} as const
