import type { Action } from './actions'
import type { Deadline } from './deadlines'
import { HEDGE_NOTE, isHedged, sources, type SourceId } from './sources'
import { mayHaveArrived, type Stage } from './stage'
import { crimePossible, fraudPossible, type TransferCase } from './transfer-case'
import { noteTexts, type NoteId } from '../content/notes'

export type { NoteId }

/** Something the user should know that is not a step to take. */
export interface Note {
  id: NoteId
  text: string
  sourceIds: SourceId[]
}

/** Below this (¥3,000) telecom fraud is not yet 数额较大, but police still take the report (L5). */
export const FRAUD_CRIME_THRESHOLD_FEN = 3000 * 100

/** Notes with one wording; copies the sources, so no caller can change the content table. */
function fixed(id: Exclude<NoteId, 'no-self-recall' | 'hedge'>): Note {
  const t = noteTexts[id]
  return { id, text: t.text, sourceIds: [...t.sourceIds] }
}

/** Which wording of no-self-recall fits: by transfer method, then by how far the money got. */
function recallVariant(c: TransferCase, stage: Stage) {
  if (c.method === 'phone') return stage === 'in-delay' ? 'phoneInDelay' : 'phone'
  if (stage === 'awaiting-acceptance') return 'awaiting'
  return stage === 'in-delay' ? 'inDelay' : 'arrived'
}

function noSelfRecall(c: TransferCase, stage: Stage): Note {
  const t = noteTexts['no-self-recall']
  const k = recallVariant(c, stage)
  return { id: 'no-self-recall', text: t.text[k], sourceIds: [...t.sourceIds[k]] }
}

/**
 * Notes for this case, without the hedge (which depends on everything else shown). `now` tells
 * whether a delayed transfer accepted at an unknown time may already have arrived.
 */
export function notesFor(c: TransferCase, stage: Stage, now?: number): Note[] {
  const notes: Note[] = []
  if (now !== undefined && stage === 'in-delay' && mayHaveArrived(c, now)) {
    notes.push(fixed('may-have-arrived'))
  }
  if (stage === 'awaiting-acceptance' || stage === 'in-delay' || stage === 'arrived') {
    notes.push(noSelfRecall(c, stage))
  }
  if (fraudPossible(c.cause)) notes.push(fixed('no-more-payments'))
  if (crimePossible(c.cause)) notes.push(fixed('real-channels'))
  if (fraudPossible(c.cause) && c.amountFen < FRAUD_CRIME_THRESHOLD_FEN) {
    notes.push(fixed('report-anyway'))
  }
  if (c.crossBorder) notes.push(fixed('cross-border'))
  return notes
}

/**
 * The hedge note, when any item shown rests on a fact below high confidence. It cites exactly those
 * facts, so the 依据 list shows which ones it is about.
 */
export function hedgeFor(
  items: ReadonlyArray<Pick<Action | Note | Deadline, 'sourceIds'>>,
): Note | undefined {
  const weak = new Set<SourceId>()
  for (const item of items) {
    for (const id of item.sourceIds) if (isHedged([id])) weak.add(id)
  }
  if (weak.size === 0) return undefined
  const ids = Object.keys(sources).filter((id) => weak.has(id as SourceId)) as SourceId[]
  return { id: 'hedge', text: HEDGE_NOTE, sourceIds: ids }
}
