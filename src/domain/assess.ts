import { actionsFor, type Action } from './actions'
import { deadlinesFor, type Deadline } from './deadlines'
import { hedgeFor, notesFor, type Note } from './notes'
import { stageOf, stageSummary, type Stage } from './stage'
import type { TransferCase } from './transfer-case'

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
      out.push(
        '没有填写对方收款的时间，按最早的可能（转账时间）推算到账时间；对方收款越晚，实际到账越晚。',
      )
    }
  }
  if (c.method === 'phone' && c.recipient === 'unknown') {
    out.push('按手机号转账无需确认收款推算：钱在转账后按你的到账时间设置进入对方零钱。')
  }
  if (stage === 'arrived') {
    out.push('诉讼时效按转账时间粗略估算；法律上从你知道或应当知道损失和对方是谁时起算。')
  }
  return out
}

/**
 * Where the money is, what runs out when, and what to do now. `now` is the phone's clock in epoch
 * ms, passed in so the rules stay pure. Does not throw for a case that `parseTransferCase` accepted.
 */
export function assessTransfer(value: TransferCase, now: number): Assessment {
  const stage = stageOf(value, now)
  const deadlines = deadlinesFor(value, stage, now)
  const actions = actionsFor(value, stage, deadlines)
  const notes = notesFor(value, stage)
  const hedge = hedgeFor([...actions, ...notes, ...deadlines])
  if (hedge) notes.push(hedge)
  return {
    stage,
    headline: stageSummary(stage),
    deadlines,
    actions,
    notes,
    assumptions: assumptionsFor(value, stage),
  }
}
