import { actionsFor, type Action } from './actions'
import { deadlinesFor, type Deadline } from './deadlines'
import { hedgeFor, notesFor, type Note } from './notes'
import { mayHaveArrived, stageOf, stageSummary, type Stage } from './stage'
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

/** Between the earliest and the latest possible arrival the stage sentence would say too much. */
const MAY_HAVE_ARRIVED_HEADLINE =
  '最早到账时间已过，钱可能已经进了对方零钱，也可能还在延时中；先看账单，还显示“待入账”的话马上投诉。'

function assumptionsFor(c: TransferCase, stage: Stage): string[] {
  const out: string[] = []
  if (c.method === 'chat' && c.recipient === 'accepted' && c.arrival !== 'instant') {
    if (c.acceptedAt === undefined) {
      out.push(
        c.acceptedBy === undefined
          ? '不知道对方收款的准确时间：最早按转账时间收款推算，最晚按转账后约 24 小时收款推算；到账时间在这两者之间。'
          : '不知道对方收款的准确时间：最早按转账时间收款推算，最晚按你看到“已收款”的时间推算；到账时间在这两者之间。',
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
  const actions = actionsFor(value, stage, deadlines, now)
  const notes = notesFor(value, stage, now)
  const hedge = hedgeFor([...actions, ...notes, ...deadlines])
  if (hedge) notes.push(hedge)
  const maybe = stage === 'in-delay' && mayHaveArrived(value, now)
  return {
    stage,
    headline: maybe ? MAY_HAVE_ARRIVED_HEADLINE : stageSummary(stage),
    deadlines,
    actions,
    notes,
    assumptions: assumptionsFor(value, stage),
  }
}
