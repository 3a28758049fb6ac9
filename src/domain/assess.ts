import { actionsFor, type Action } from './actions'
import { deadlinesFor, type Deadline } from './deadlines'
import { hedgeFor, notesFor, type Note } from './notes'
import type { SourceId } from './sources'
import { mayHaveArrived, stageOf, stageSentence, type Sourced, type Stage } from './stage'
import type { TransferCase } from './transfer-case'
import { assumptionTexts, headlines } from '../content/stages'

/** Everything the result page shows for one transfer at one moment. */
export interface Assessment {
  stage: Stage
  /** The stage in one plain sentence. */
  headline: string
  /** The facts the headline rests on: the hedge and the 依据 list follow them like any advice. */
  headlineSourceIds: SourceId[]
  /** Earliest first. */
  deadlines: Deadline[]
  /** Most urgent first. */
  actions: Action[]
  notes: Note[]
  /** What the rules had to assume because the user did not know it (Chinese). */
  assumptions: string[]
}

function assumptionsFor(c: TransferCase, stage: Stage): string[] {
  const out: string[] = []
  if (c.sentEstimated) out.push(assumptionTexts['sent-estimated'])
  if (c.arrival === 'unknown' && c.method !== 'other') out.push(assumptionTexts['arrival-unknown'])
  if (c.method === 'chat' && c.recipient === 'accepted' && c.arrival !== 'instant') {
    if (c.acceptedAt === undefined) {
      const t = assumptionTexts['accepted-time-unknown']
      out.push(c.acceptedBy === undefined ? t.bySendTime : t.bySeenTime)
    }
  }
  if (c.method === 'phone' && c.recipient === 'unknown') out.push(assumptionTexts['phone-unknown'])
  if (stage === 'arrived') out.push(assumptionTexts['limitation-estimate'])
  return out
}

/**
 * The first sentence: the stage's, or, between the earliest and the latest possible arrival, one
 * that says the money may have landed (the in-delay sentence would say too much). Which end is
 * unknown decides the words: the arrival setting (D1) or the acceptance time (D2).
 */
function headlineFor(c: TransferCase, stage: Stage, now: number): Sourced {
  if (stage === 'in-delay' && mayHaveArrived(c, now)) {
    const h = headlines[c.arrival === 'unknown' ? 'arrival-unknown' : 'may-have-arrived']
    return { text: h.text, sourceIds: [...h.sourceIds] }
  }
  return stageSentence(stage, c)
}

/**
 * Where the money is, what runs out when, and what to do now. `now` is the phone's clock in epoch
 * ms, passed in so the rules stay pure. Does not throw for a case that `parseTransferCase` accepted.
 */
export function assessTransfer(value: TransferCase, now: number): Assessment {
  const stage = stageOf(value, now)
  const deadlines = deadlinesFor(value, stage, now)
  const actions = actionsFor(value, stage, deadlines, now)
  const notes = notesFor(value, stage, now)
  const headline = headlineFor(value, stage, now)
  const hedge = hedgeFor([headline, ...actions, ...notes, ...deadlines])
  if (hedge) notes.push(hedge)
  return {
    stage,
    headline: headline.text,
    headlineSourceIds: headline.sourceIds,
    deadlines,
    actions,
    notes,
    assumptions: assumptionsFor(value, stage),
  }
}
