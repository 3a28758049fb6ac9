import type { Action } from './actions'
import type { Deadline } from './deadlines'
import { HEDGE_NOTE, isHedged, sources, type SourceId } from './sources'
import type { Stage } from './stage'
import type { TransferCase } from './transfer-case'

export type NoteId = 'no-self-recall' | 'real-channels' | 'report-anyway' | 'cross-border' | 'hedge'

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
    const remind =
      c.cause === 'mistaken' || c.cause === 'fraud' || c.cause === 'account-stolen'
        ? '这种情况下不要提醒，以免对方收款。'
        : '需要时可以提醒，但这不会把钱退回给你。'
    return {
      id: 'no-self-recall',
      text: `微信转账没有让付款人自己撤回的按钮，微信客服也不会直接退款。对方收款前，你能做的只有“提醒对方收款”——${remind}`,
      sourceIds: ['T2'],
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

/** Notes for this case, without the hedge (which depends on everything else shown). */
export function notesFor(c: TransferCase, stage: Stage): Note[] {
  const notes: Note[] = []
  if (stage === 'awaiting-acceptance' || stage === 'in-delay' || stage === 'arrived') {
    notes.push(noSelfRecall(c, stage))
  }
  if (c.cause === 'fraud' || c.cause === 'account-stolen') {
    // Scammers pose as customer service, and fake numbers and sites circulate (C1, C9).
    notes.push({
      id: 'real-channels',
      text: '微信支付客服电话是 95017，请自己拨打；接到自称“客服”的来电，不要按对方说的操作或转账。网上流传的一些“客服电话”、举报邮箱和网址是假的，报警请直接拨 110。',
      sourceIds: ['C1', 'C9'],
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
    // No source covers cross-border cases; the note says only what the app cannot promise.
    notes.push({
      id: 'cross-border',
      text: '涉及境外的账户或人员时，这里的时间和途径是按境内微信转账整理的，未必完全适用，要回钱可能更难，也没有人能保证结果。报警和在微信里投诉仍然是第一步。',
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
