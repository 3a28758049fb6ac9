import type { Action } from './actions'
import type { Deadline } from './deadlines'
import { HEDGE_NOTE, isHedged, sources, type SourceId } from './sources'
import { mayHaveArrived, type Stage } from './stage'
import type { TransferCase } from './transfer-case'
import { CALLER_ID_LINE, REMINDER_LINE, SCREEN_SHARE_STEPS } from './wording'

export type NoteId =
  | 'no-self-recall'
  | 'may-have-arrived'
  | 'real-channels'
  | 'report-anyway'
  | 'cross-border'
  | 'hedge'

/** Something the user should know that is not a step to take. */
export interface Note {
  id: NoteId
  text: string
  sourceIds: SourceId[]
}

/** Below this (¥3,000) telecom fraud is not yet 数额较大, but police still take the report (L5). */
export const FRAUD_CRIME_THRESHOLD_FEN = 3000 * 100

function noSelfRecall(c: TransferCase, stage: Stage): Note {
  if (c.method === 'phone') {
    return {
      id: 'no-self-recall',
      text: '手机号转账没有确认收款这一步，发出后不能撤销，微信客服也不会直接退款。',
      sourceIds: ['T5', 'T2'],
    }
  }
  if (stage === 'awaiting-acceptance') {
    // What the payer cannot do, then what does bring the money back: the recipient's 退还 (T3) or
    // the ~24 h auto-return (T1). Not "all you can do is remind them": that is false, and after a
    // fraud the police route is open too (C6).
    return {
      id: 'no-self-recall',
      text: `微信转账没有让付款人自己撤回的按钮，微信客服也不会直接退款。钱能回来的途径是：对方点“退还”，或者对方一直不收、约 24 小时后自动退回。${REMINDER_LINE.text}`,
      sourceIds: ['T2', 'T3', 'T1'],
    }
  }
  return {
    id: 'no-self-recall',
    text:
      stage === 'in-delay'
        ? '对方已确认收款，延时期间你也不能自己撤回，只能在账单里投诉，由微信审核。'
        : '钱到了对方零钱后，你不能自己撤回，微信客服也不会直接退款；要回来需要对方退还，或者投诉、报警、起诉。',
    sourceIds: stage === 'in-delay' ? ['T2', 'D3'] : ['T2', 'T4'],
  }
}

/**
 * Between the earliest and the latest possible arrival of a transfer accepted at an unknown time
 * (D2): say plainly that the money may have landed, and how to tell (D3: the 待入账 entry in 账单).
 */
function mayHaveArrivedNote(): Note {
  return {
    id: 'may-have-arrived',
    text: '可能已到账：对方收款的准确时间不知道，最早到账时间已经过了，钱可能已经进了对方零钱，也可能还在延时中。打开账单里的这笔转账：还显示“待入账”，就是还没到，马上投诉；不再显示待入账，就是已经到了。',
    sourceIds: ['D2', 'D3'],
  }
}

/**
 * Notes for this case, without the hedge (which depends on everything else shown). `now` tells
 * whether a delayed transfer accepted at an unknown time may already have arrived.
 */
export function notesFor(c: TransferCase, stage: Stage, now?: number): Note[] {
  const notes: Note[] = []
  if (now !== undefined && stage === 'in-delay' && mayHaveArrived(c, now)) {
    notes.push(mayHaveArrivedNote())
  }
  if (stage === 'awaiting-acceptance' || stage === 'in-delay' || stage === 'arrived') {
    notes.push(noSelfRecall(c, stage))
  }
  if (c.cause === 'fraud' || c.cause === 'account-stolen') {
    // Scammers pose as customer service or police, and fake numbers and sites circulate (C1, C9);
    // a caller ID proves nothing (C6, F3-F5). Someone who shared a screen or read out a 验证码
    // may still be watched: stop it and lock the account before anything else (F4, F5, C4).
    notes.push({
      id: 'real-channels',
      text: `微信支付客服电话是 95017，请自己拨打；接到自称“客服”的来电，不要按对方说的操作或转账。网上流传的一些“客服电话”、举报邮箱和网址是假的，报警请直接拨 110。${CALLER_ID_LINE.text}${SCREEN_SHARE_STEPS.short}`,
      sourceIds: ['C1', 'C9', ...CALLER_ID_LINE.sourceIds, 'C4'],
    })
  }
  if (c.cause === 'fraud' && c.amountFen < FRAUD_CRIME_THRESHOLD_FEN) {
    notes.push({
      id: 'report-anyway',
      text: '金额不到 3000 元也请报警：电信网络诈骗 3000 元以上才算“数额较大”，金额更少的，警方也可能按治安案件处理。',
      sourceIds: ['L5'],
    })
  }
  if (c.crossBorder) {
    // No source covers cross-border cases; the note says only what the app cannot promise, and
    // sends the user to the fraud routes first: an overseas recipient may well be a scammer (S1).
    notes.push({
      id: 'cross-border',
      text: '涉及境外的账户或人员时，这里的时间和途径是按境内微信转账整理的，未必完全适用，要回钱可能更难，也没有人能保证结果。先报警、在微信里投诉；不要按对方的要求再转钱，也不要付钱给自称能“跨境追款”的人。',
      sourceIds: ['C6', 'C2', 'S1'],
    })
  }
  return notes
}

/**
 * The hedge note, when any item shown rests on a fact below high confidence. It cites exactly those
 * facts, so the 依据 list shows which ones it is about.
 */
export function hedgeFor(items: ReadonlyArray<Action | Note | Deadline>): Note | undefined {
  const weak = new Set<SourceId>()
  for (const item of items) {
    for (const id of item.sourceIds) if (isHedged([id])) weak.add(id)
  }
  if (weak.size === 0) return undefined
  const ids = Object.keys(sources).filter((id) => weak.has(id as SourceId)) as SourceId[]
  return { id: 'hedge', text: HEDGE_NOTE, sourceIds: ids }
}
