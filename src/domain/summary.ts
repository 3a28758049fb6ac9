import { arrivalLabels, causeLabels, methodLabels } from '../content/labels'
import type { ReportDetails } from './report-details'
import type { ChecklistGroup } from './checklist'
import type { TransferCase } from './transfer-case'

/**
 * A plain-text case summary to paste into a police report or complaint form. It carries the items
 * police ask for (C8): exact time and amount, the other side's account/name, the 交易单号 and the
 * evidence list. Time formatting is a parameter: the domain never reads the clock or the zone.
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

const NOT_GIVEN = '未填写'

export const SUMMARY_FOOTER = '本说明由“转账急救箱”在手机上生成，只包含用户自己填写的内容。'

/** The summary as plain text, one fact per line. */
export function buildCaseSummary(input: CaseSummaryInput): string {
  const { transfer, details, stageLabel, evidence, now, formatTime } = input
  const lines: string[] = ['【转账情况说明】']

  if (transfer) {
    lines.push(`转账时间：${formatTime(transfer.sentAt)}`)
    lines.push(`金额：${formatYuan(transfer.amountFen)}`)
    lines.push(`转账方式：微信${methodLabels[transfer.method]}`)
    lines.push(`到账时间设置：${arrivalLabels[transfer.arrival]}`)
    if (transfer.acceptedAt !== undefined) {
      lines.push(`对方收款时间：${formatTime(transfer.acceptedAt)}`)
    }
    lines.push(`情况：${causeLabels[transfer.cause]}${transfer.crossBorder ? '（涉及境外）' : ''}`)
  } else {
    lines.push(`转账时间：${NOT_GIVEN}`)
    lines.push(`金额：${NOT_GIVEN}`)
  }

  lines.push(`对方昵称/备注：${details.recipientName ?? NOT_GIVEN}`)
  lines.push(`对方微信号：${details.recipientWechatId ?? NOT_GIVEN}`)
  lines.push(`交易单号/转账单号：${details.transactionId ?? NOT_GIVEN}`)
  if (stageLabel) lines.push(`当前状态：${stageLabel}`)
  lines.push(`事情经过：${details.story ?? NOT_GIVEN}`)

  if (evidence.length) {
    lines.push('', '证据：')
    for (const e of evidence) lines.push(`${e.done ? '✓' : '☐'} ${e.title}`)
  }

  if (input.doneSteps?.length) {
    lines.push('', '已经做了：')
    for (const step of input.doneSteps) lines.push(`✓ ${step}`)
  }

  lines.push('', `生成时间：${formatTime(now)}`, SUMMARY_FOOTER)
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
