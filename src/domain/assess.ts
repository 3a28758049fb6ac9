import { actionsFor, type Action } from './actions'
import { deadlinesFor, type Deadline } from './deadlines'
import { hedgeFor, notesFor, type Note } from './notes'
import { mayHaveArrived, stageOf, stageSummary, type Stage } from './stage'
import type { TransferCase } from './transfer-case'
import { assumptionTexts, headlines } from '../content/stages'

/** Everything the result page shows for one transfer at one moment. */
export interface Assessment {
  stage: Stage
  /** The stage in one plain sentence. */
  headline: string
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
 * Where the money is, what runs out when, and what to do now. `now` is the phone's clock in epoch
 * ms, passed in so the rules stay pure. Does not throw for a case that `parseTransferCase` accepted.
 */
export function assessTransfer(value: TransferCase, now: number): Assessment {
  const stage = stageOf(value, now)
  const deadlines = deadlinesFor(value, stage, now)
  const actions = actionsFor(value, stage, deadlines, now)
  const notes = notesFor(value, stage, now)
  const hedge = hedgeFor([...actions, ...notes, ...deadlines])
  if (hedge) notes.push(hedge)
  const maybe = stage === 'in-delay' && mayHaveArrived(value, now)
  return {
    stage,
    headline: maybe ? headlines['may-have-arrived'] : stageSummary(stage),
    deadlines,
    actions,
    notes,
    assumptions: assumptionsFor(value, stage),
  }
}
