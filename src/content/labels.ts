/**
 * Every short label the app shows for a transfer's facts, once. Chips, the case card, the
 * countdown, the checklist and the case summary all read these; the keys are the domain's values
 * (TransferMethod, ArrivalSetting, RecipientState, TransferCause, Scenario, Stage).
 */

/** FACTS T5: chat transfers have an accept step, phone-number transfers do not. */
export const methodLabels = {
  chat: '聊天转账',
  phone: '手机号转账',
  /** No FACTS row covers these payments' timing (T1 is about chat transfers, D5). */
  other: '扫码付款、红包或其他',
} as const

/** FACTS D1: the three options of 转账到账时间, as WeChat names them. */
export const arrivalLabels = {
  instant: '实时到账',
  delay2h: '2小时到账',
  delay24h: '24小时到账',
  /** The user cannot tell (a phone set up by someone else): every setting stays possible. */
  unknown: '不清楚 / 不记得设置过',
} as const

export const recipientLabels = {
  pending: '待对方确认收款',
  /** One pair of words everywhere: 对方已点收款 (accepted), 钱已进对方零钱 (arrived). */
  accepted: '对方已点收款',
  returned: '已退还',
  unknown: '不清楚',
} as const

export const causeLabels = {
  mistaken: '转错人',
  fraud: '被骗',
  unsure: '不确定，可能被骗了',
  minor: '孩子误操作',
  'account-stolen': '账号被盗',
  other: '其他',
} as const

/** The checklist's scenarios: the causes that have their own list, plus an overseas recipient. */
export const scenarioLabels = {
  fraud: causeLabels.fraud,
  mistaken: causeLabels.mistaken,
  minor: causeLabels.minor,
  'account-stolen': causeLabels['account-stolen'],
  'cross-border': '跨境',
} as const

/**
 * The stage in a few words: case cards, the countdown chip, the checklist's case chips and the
 * summary's 当前状态 line. FACTS T1: the app cannot see an automatic return, so that stage says
 * the money "should be back", never that it is.
 */
export const stageLabels = {
  'awaiting-acceptance': '等待对方收款',
  'auto-returned': '应已自动退回',
  'in-delay': '延时到账中',
  arrived: '钱已进对方零钱',
  returned: '对方已退还',
  unknown: '不清楚是否收款',
  untracked: '本应用算不出时间',
} as const

/** WeChat's (and Alipay's) name for delayed arrival (FACTS D1, P6). */
export const delayedArrivalName = '延时到账'

export const yesNoLabels = { no: '否', yes: '是' } as const

/** The app's name and its three tabs (app.config.ts, page titles, links). */
export const appName = '转账急救箱'
export const tabLabels = {
  home: '首页',
  checklist: '投诉报警清单',
  prevention: '防范设置',
} as const

/** Each page's title: the navigation bar (index.config.ts) and the heading on the page. */
export const pageTitles = {
  home: appName,
  checklist: tabLabels.checklist,
  prevention: tabLabels.prevention,
  status: '状态自查',
  countdown: '倒计时',
  about: '依据与隐私',
} as const
