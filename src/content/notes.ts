import type { SourceId } from './sources'
import { recipientLabels } from './labels'
import { CALLER_ID_LINE, REMINDER_LINE, SCREEN_SHARE_STEPS, glosses } from './lines'

/**
 * Everything the status result and the countdown say that is not a step to take: what the user
 * cannot do, what the app cannot know. The rules (src/domain/notes.ts) decide which notes apply
 * and which variant fits; a note with variants has one wording and one set of sources per key.
 * The hedge note's text is the source catalogue's HEDGE_NOTE; its sources are whichever facts
 * below high confidence the page shows.
 */
export interface NoteEntry {
  text: string | Readonly<Record<string, string>>
  sourceIds: readonly SourceId[] | Readonly<Record<string, readonly SourceId[]>>
}

export const noteTexts = {
  /**
   * There is no 撤回 for the payer (T2). `phone`: a phone-number transfer has no accept step (T5).
   * `awaiting`: what does bring the money back is the recipient's 退还 (T3) or the ~24 h
   * auto-return (T1); never "all you can do is remind them". `inDelay`: only the reviewed
   * complaint (D3); `phoneInDelay` the same for a delayed phone-number transfer (T5, D3), so the
   * phone wording never reads as "nothing can be done" beside the complaint. `arrived`: only the
   * recipient, a complaint, the police or a court (T4).
   */
  'no-self-recall': {
    text: {
      phone: '手机号转账没有确认收款这一步，发出后不能撤销，微信客服也不会直接退款。',
      phoneInDelay:
        '手机号转账没有确认收款这一步，发出后不能自己撤销，微信客服也不会直接退款；设置了延时到账的，到账前可以在账单里投诉这笔转账，由微信审核。',
      awaiting: `微信转账没有让付款人自己撤回的按钮，微信客服也不会直接退款。钱能回来的途径是：对方点“退还”，或者对方一直不收、约 24 小时后自动退回。${REMINDER_LINE.text}`,
      inDelay: `${recipientLabels.accepted}，延时期间你也不能自己撤回，只能在账单里投诉，由微信审核。`,
      arrived:
        '钱到了对方零钱后，你不能自己撤回，微信客服也不会直接退款；要回来需要对方退还，或者投诉、报警、起诉。',
    },
    sourceIds: {
      phone: ['T5', 'T2'],
      phoneInDelay: ['T5', 'T2', 'D3'],
      awaiting: ['T2', 'T3', 'T1'],
      inDelay: ['T2', 'D3'],
      arrived: ['T2', 'T4'],
    },
  },
  /**
   * Between the earliest and the latest possible arrival of a transfer accepted at an unknown time
   * (D2): the money may have landed, and the 待入账 entry in 账单 tells (D3).
   */
  'may-have-arrived': {
    text: '可能已到账：对方收款的准确时间不知道，最早到账时间已经过了，钱可能已经进了对方零钱，也可能还在延时中。打开账单里的这笔转账：还显示“待入账”，就是还没到，马上投诉；不再显示待入账，就是已经到了。',
    sourceIds: ['D2', 'D3'],
  },
  /**
   * After fraud or account theft. Scammers pose as customer service or police, and fake numbers
   * and sites circulate (C1, C9); a caller ID proves nothing (C6, F3-F5). Someone who shared a
   * screen or read out a 验证码 may still be watched: stop it and lock the account first (F4, C4).
   */
  'real-channels': {
    text: `微信支付客服电话是 95017，请自己拨打；接到自称“客服”的来电，不要按对方说的操作或转账。网上流传的一些“客服电话”、举报邮箱和网址是假的，报警请直接拨 110。${CALLER_ID_LINE.text}${SCREEN_SHARE_STEPS.short}`,
    sourceIds: ['C1', 'C9', ...CALLER_ID_LINE.sourceIds, 'C4'],
  },
  /**
   * Wherever fraud is possible: scammers come back for 解冻费, 保证金, 手续费 or "one more order"
   * (F2), and the 公检法 never ask for a transfer (F3).
   */
  'no-more-payments': {
    text: '对方再以解冻费、保证金、手续费、税费或“再做一单才能返钱”要你转钱，一分钱都别再转：这些都是同一个骗局。',
    sourceIds: ['F2', 'F3'],
  },
  /** Below ¥3,000 telecom fraud is not yet 数额较大, but police still take the report (L5). */
  'report-anyway': {
    text: `金额不到 3000 元也请报警：电信网络诈骗 3000 元以上才算${glosses.largeAmount}，金额更少的，警方也可能按${glosses.publicSecurity}处理。`,
    sourceIds: ['L5'],
  },
  /**
   * No source covers cross-border cases: the note says only what the app cannot promise, and
   * sends the user to the fraud routes first; an overseas recipient may well be a scammer (S1).
   */
  'cross-border': {
    text: '涉及境外的账户或人员时，这里的时间和途径是按境内微信转账整理的，未必完全适用，要回钱可能更难，也没有人能保证结果。先报警、在微信里投诉；不要按对方的要求再转钱，也不要付钱给自称能“跨境追款”的人。',
    sourceIds: ['C6', 'C2', 'S1'],
  },
} as const satisfies Record<string, NoteEntry>

export type NoteId = keyof typeof noteTexts | 'hedge'
