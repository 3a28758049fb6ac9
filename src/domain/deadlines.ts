import type { SourceId } from './sources'
import { AUTO_RETURN_AFTER, arrivalAt, type Stage } from './stage'
import { MINUTE, addCalendarYears } from './time'
import type { TransferCase } from './transfer-case'

export type DeadlineKind = 'auto-return' | 'arrival' | 'emergency-stop' | 'limitation'

/** A moment that changes what the user can do; the UI counts down to `at`. */
export interface Deadline {
  kind: DeadlineKind
  /** Epoch ms. */
  at: number
  /** now >= at */
  passed: boolean
  /** What the countdown is for. */
  label: string
  /** What happens when the countdown reaches zero. */
  atZero: string
  /** True when `at` is an estimate rather than a rule (the limitation period). */
  approximate: boolean
  sourceIds: SourceId[]
}

/** Police say the first 30 minutes after the transfer matter most for 紧急止付 (C8). */
export const EMERGENCY_STOP_WINDOW = 30 * MINUTE

/** 民法典 第188条: three years (L2). */
export const LIMITATION_YEARS = 3

/** Equal times keep this order, so the list is the same on every run. */
const KIND_ORDER: readonly DeadlineKind[] = [
  'emergency-stop',
  'arrival',
  'auto-return',
  'limitation',
]

type Draft = Omit<Deadline, 'passed'>

function autoReturn(c: TransferCase): Draft {
  return {
    kind: 'auto-return',
    at: c.sentAt + AUTO_RETURN_AFTER,
    label: '对方不收款时自动退回',
    atZero:
      '对方仍没有收款的话，这笔钱会自动退回：零钱支付的立即回到零钱，银行卡支付的 0-3 个工作日内回到原卡。',
    approximate: false,
    sourceIds: ['T1'],
  }
}

function arrival(c: TransferCase, at: number): Draft {
  const returned = c.recipient === 'returned'
  return {
    kind: 'arrival',
    at,
    label: '延时到账',
    atZero: returned
      ? '对方已退还这笔钱，这个到账时间只作记录。'
      : '钱会进入对方零钱。到账前可以在账单里对这笔转账投诉；到账后只能请对方退还，或者报警、起诉。',
    approximate: false,
    // Chat: the delay starts at acceptance (D2). Phone: no accept step, it starts at sending (T5).
    sourceIds: c.method === 'chat' ? ['D1', 'D2', 'D3'] : ['D1', 'T5', 'D3'],
  }
}

function emergencyStop(c: TransferCase): Draft {
  return {
    kind: 'emergency-stop',
    at: c.sentAt + EMERGENCY_STOP_WINDOW,
    label: '报警紧急止付的关键 30 分钟',
    atZero: '30 分钟过后仍然要报警，越早报警越好。',
    approximate: false,
    sourceIds: ['C8'],
  }
}

function limitation(c: TransferCase): Draft {
  return {
    kind: 'limitation',
    // Counted from the transfer as an estimate: the law counts from when the payer knew of the
    // loss and who is liable (L2), which can be later, never earlier, than the transfer.
    at: addCalendarYears(c.sentAt, LIMITATION_YEARS),
    label: '起诉的诉讼时效（约 3 年，估算）',
    atZero:
      '约 3 年的诉讼时效到期，请在此之前起诉。时效从你知道或应当知道损失和对方是谁时起算，实际日期可能晚于这里。',
    approximate: true,
    sourceIds: ['L2'],
  }
}

/** The deadlines that apply to a case at `now`, earliest first. */
export function deadlinesFor(c: TransferCase, stage: Stage, now: number): Deadline[] {
  const drafts: Draft[] = []
  if (c.method === 'chat' && c.recipient === 'pending') drafts.push(autoReturn(c))
  const arrives = arrivalAt(c)
  if (arrives !== undefined) drafts.push(arrival(c, arrives))
  if (c.cause === 'fraud' || c.cause === 'account-stolen') drafts.push(emergencyStop(c))
  if (stage === 'arrived') drafts.push(limitation(c))
  return drafts
    .sort((a, b) => a.at - b.at || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .map((d) => ({ ...d, passed: now >= d.at }))
}
