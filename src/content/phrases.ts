/** The 更新状态 choice for an acceptance time nobody knows. */
const ACCEPTED_TIME_UNKNOWN = '不知道具体时间'
/** What 诉讼时效 means, for its glosses (L2). */
const LIMITATION_MEANING = '超过了再起诉，可能得不到法院支持'

/**
 * Short sentences and titles that more than one screen shows (the status result and the
 * checklist, the warnings and the prevention guide...). Written once here; each screen imports it.
 */
export const phrases = {
  /** FACTS C6: a crime is reported to 110. */
  call110Title: '拨打 110 报警',
  call110Button: '拨打 110',
  /** FACTS C1: dial 95017 yourself, never follow an incoming "客服" call. */
  call95017Button: '自己拨打 95017',
  /** FACTS C6: 96110 advises and warns. */
  call96110Button: '拨打 96110 咨询',
  /** The way into the scam-sign check from other pages. */
  scamCheckEntry: '还没转？先查是不是骗局',
  forwardToFamily: '转发给家人',
  answerAgain: '重新回答',
  /** FACTS D3: the reviewed complaint while the money is 待入账. */
  delayComplaintTitle: '到账前，在账单里投诉这笔转账',
  guardianTitle: '由家长出面处理',
  /** FACTS T3. */
  askDeclineTitle: '请对方点“退还”',
  arrivedOnly: '对方已经收款时',
  /** FACTS C8: the number police and complaints need. */
  transactionId: '交易单号（转账单号）',
  platformComplaint: '平台投诉',
  thisTransfer: '这笔转账',
  chatWindow: '和对方的聊天窗口',
  /** For a child's transfer: the other side may be a scammer (C6, C8). */
  minorPoliceFirst: '先看上面的“报警”：对方是陌生人或诱导孩子转钱的，先报警，不要先找对方。',
  /**
   * Plain glosses for legal words, at their first use on a screen (L3, L4, L2). They say what the
   * word means, never a mechanism FACTS does not give.
   */
  investigationOrder: '调查令（法院准许你向有关单位调取材料的文书）',
  tenpay: '财付通（微信支付的公司）',
  finalInstance: '一审终审（判了就不能上诉）',
  limitationGloss: `诉讼时效是起诉的期限：${LIMITATION_MEANING}。`,
  /** The same gloss in brackets, where the word stands inside a sentence. */
  limitationTerm: `诉讼时效（起诉的期限，${LIMITATION_MEANING}）`,
  /** FACTS L1 (民法典 985's three exceptions, quoted as the statute has them) and L3. */
  enrichmentExceptions:
    '法律规定了几种不能要求返还的例外：为履行道德义务的给付、债务到期前的提前清偿、明知自己没有债务还去“还债”。' +
    '转错账不属于这些例外，法院按“不当得利”受理。',
  /** FACTS does not settle the civil route for fraud (不当得利, 侵权 or through the criminal case). */
  fraudCivilAsk: '被骗的钱请先报警；还能不能另外起诉，请问律师或法院。',
  /** FACTS L6 (M): the partial real name of a large transfer, and the payer's share of the fault. */
  largeTransferName:
    '大额转账时，微信会显示对方的部分实名（大额转账验证），起诉时可以对照；' +
    '当时没核对这个提示就转了的，法院可能认为你自己也有一部分过错。',
  /** Countdown captions for a window whose start is a range. */
  recipientAccepted: '对方收款',
  /**
   * The 更新状态 form: its acceptance time comes from the bill where the bill shows one, or is
   * declared unknown. FACTS does not say what times the bill's detail page shows (D2 only says
   * when the delay starts), so the words never promise that it shows one.
   */
  pickAcceptedTime: `账单详情里如果写了对方收款的时间，就按它选日期和时间；没有写的，点“${ACCEPTED_TIME_UNKNOWN}”`,
  acceptedTimeUnknown: ACCEPTED_TIME_UNKNOWN,
  recordedReturned: '已记录：对方已退还这笔钱。',
  /** Date and time pickers before the user has chosen: no time is ever assumed. */
  pickDate: '选择日期',
  pickTime: '选择时间',
  copyPath: '复制路径',
  makeReport: '生成报案材料',
  clearAll: '清除所有数据',
  caseMissing: '没有找到这条记录，可能已被删除',
  /** Small control words every screen uses the same way. */
  remove: '删除',
  clear: '清除',
  switchOn: '开',
  switchOff: '关',
  unfold: '展开 ▾',
  fold: '收起 ▴',
  /** A checklist group's or the prevention guide's progress. */
  progress: '已完成 {done}/{total}',
} as const
