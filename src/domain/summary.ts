import { fill } from '../content/fill'
import { arrivalLabels, causeLabels, methodLabels } from '../content/labels'
import { summaryLines } from '../content/summary'
import type { ReportDetails } from './report-details'
import type { ChecklistGroup } from './checklist'
import type { TransferCase } from './transfer-case'

/**
 * A plain-text case summary to paste into a police report or complaint form. It carries the items
 * police ask for (C8): exact time and amount, the other side's account/name, the 交易单号 and the
 * evidence list; its lines are worded in src/content/summary.ts. Time formatting is a parameter:
 * the domain never reads the clock or the zone.
 */

/** '¥1,234.50' from integer fen. Non-finite input gives '¥0.00'; fractions of a fen are rounded. */
export function formatYuan(fen: number): string {
  const safe = Number.isFinite(fen) ? Math.round(fen) : 0
  const sign = safe < 0 ? '-' : ''
  const abs = Math.abs(safe)
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}¥${grouped}.${String(cents).padStart(2, '0')}`
}

export interface EvidenceTick {
  title: string
  done: boolean
}

export interface CaseSummaryInput {
  transfer?: TransferCase
  details: ReportDetails
  /** The assessment's stage, already in words (e.g. '延时到账中'). */
  stageLabel?: string
  evidence: EvidenceTick[]
  /** Titles of the other checklist steps already ticked (已投诉, 已报警…), in list order. */
  doneSteps?: string[]
  /** When the summary is generated (epoch ms), passed in by the page. */
  now: number
  formatTime: (ms: number) => string
}

const L = summaryLines

export const SUMMARY_FOOTER = L.footer

/** The summary as plain text, one fact per line. */
export function buildCaseSummary(input: CaseSummaryInput): string {
  const { transfer, details, stageLabel, evidence, now, formatTime } = input
  const given = (value: string | undefined) => ({ value: value ?? L.notGiven })
  const lines: string[] = [L.heading]

  if (transfer) {
    lines.push(fill(L.sentAt, { time: formatTime(transfer.sentAt) }))
    lines.push(fill(L.amount, { amount: formatYuan(transfer.amountFen) }))
    lines.push(fill(L.method, { method: methodLabels[transfer.method] }))
    lines.push(fill(L.arrival, { arrival: arrivalLabels[transfer.arrival] }))
    if (transfer.acceptedAt !== undefined) {
      lines.push(fill(L.acceptedAt, { time: formatTime(transfer.acceptedAt) }))
    }
    lines.push(
      fill(L.cause, {
        cause: causeLabels[transfer.cause],
        crossBorder: transfer.crossBorder ? L.crossBorder : '',
      }),
    )
  } else {
    lines.push(fill(L.sentAt, { time: L.notGiven }))
    lines.push(fill(L.amount, { amount: L.notGiven }))
  }

  lines.push(fill(L.recipientName, given(details.recipientName)))
  lines.push(fill(L.recipientWechatId, given(details.recipientWechatId)))
  lines.push(fill(L.transactionId, given(details.transactionId)))
  if (stageLabel) lines.push(fill(L.stage, { stage: stageLabel }))
  lines.push(fill(L.story, given(details.story)))

  if (evidence.length) {
    lines.push('', L.evidence)
    for (const e of evidence) {
      lines.push(fill(e.done ? L.ticked : L.unticked, { title: e.title }))
    }
  }

  if (input.doneSteps?.length) {
    lines.push('', L.doneSteps)
    for (const step of input.doneSteps) lines.push(fill(L.ticked, { title: step }))
  }

  lines.push('', fill(L.generatedAt, { time: formatTime(now) }), SUMMARY_FOOTER)
  return lines.join('\n')
}

/** What the checklist page knows when it builds the summary. */
export interface SummaryContext {
  transfer?: TransferCase
  stageLabel?: string
  groups: ChecklistGroup[]
  isDone: (itemId: string) => boolean
}

/**
 * The 报案材料 text for the checklist page: the case, the saved details, the evidence group's items
 * with their ticks, and the other steps already done. Times are formatted by the caller.
 */
export function checklistSummary(
  details: ReportDetails,
  ctx: SummaryContext,
  at: number,
  formatTime: (ms: number) => string,
): string {
  const evidenceGroup = ctx.groups.find((g) => g.id === 'evidence')
  const evidence = (evidenceGroup?.items ?? []).map((item) => ({
    title: item.title,
    done: ctx.isDone(item.id),
  }))
  const doneSteps = ctx.groups
    .filter((g) => g.id !== 'evidence')
    .flatMap((g) => g.items)
    .filter((item) => ctx.isDone(item.id))
    .map((item) => item.title)
  return buildCaseSummary({
    transfer: ctx.transfer,
    details,
    stageLabel: ctx.stageLabel,
    evidence,
    doneSteps,
    now: at,
    formatTime,
  })
}
