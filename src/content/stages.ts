/**
 * The result page's and the countdown's first lines: the stage in one plain sentence, and what
 * the rules had to assume because the user did not know it. Keyed by the domain's Stage values
 * and by assumption ids; src/domain/stage.ts and src/domain/assess.ts choose among them.
 */

/** The stage in one plain sentence, for someone who has just lost money. */
export const stageSummaries = {
  'awaiting-acceptance':
    '对方还没收款，钱还没到对方手里；对方一直不收的话，约 24 小时后会自动退回给你。',
  // T1 says "about 24 hours": the app cannot see the refund, so it never states it as done.
  'auto-returned':
    '已过约 24 小时，对方没有收款的话，这笔钱应该已经自动退回，请在零钱或账单里确认钱已经回来。',
  'in-delay': '钱还在延时到账中，还没进入对方零钱；请趁到账前在账单里投诉。',
  arrived: '钱已经进入对方零钱；要回来需要对方退还，或者通过投诉、报警、起诉。',
  returned: '对方已经退还了这笔钱，请查看钱是否回到你的零钱或银行卡。',
  unknown: '还不确定对方是否收款；先在账单里看一眼这笔转账的状态，就知道下一步怎么做。',
} as const

/**
 * Headlines that replace the stage sentence. `may-have-arrived`: between the earliest and the
 * latest possible arrival of a transfer accepted at an unknown time, the in-delay sentence would
 * say too much.
 */
export const headlines = {
  'may-have-arrived':
    '最早到账时间已过，钱可能已经进了对方零钱，也可能还在延时中；先看账单，还显示“待入账”的话马上投诉。',
} as const

/**
 * What the rules assume where the user did not say. `accepted-time-unknown`: a delayed chat
 * transfer accepted at an unknown time is reckoned from both ends, the transfer itself and either
 * ~24 h later (`bySendTime`) or when the user saw it accepted (`bySeenTime`). `phone-unknown`: a
 * phone-number transfer has no accept step. `limitation-estimate`: the limitation period is counted
 * from the transfer, though the law counts from when the payer knew of the loss and who is liable.
 */
export const assumptionTexts = {
  'accepted-time-unknown': {
    bySendTime:
      '不知道对方收款的准确时间：最早按转账时间收款推算，最晚按转账后约 24 小时收款推算；到账时间在这两者之间。',
    bySeenTime:
      '不知道对方收款的准确时间：最早按转账时间收款推算，最晚按你看到“已收款”的时间推算；到账时间在这两者之间。',
  },
  'phone-unknown': '按手机号转账无需确认收款推算：钱在转账后按你的到账时间设置进入对方零钱。',
  'limitation-estimate':
    '诉讼时效按转账时间粗略估算；法律上从你知道或应当知道损失和对方是谁时起算。',
} as const
