// The checklist, legal-route, template, summary and report-details tables: ids, sources, gaps, and
// that the rules which pick entries by id find every one they name (and leave none unused).
import {
  STAGES,
  buildCaseSummary,
  checklistFor,
  crossBorder,
  parseReportDetails,
  renderTemplate,
  scenarios,
  type TransferStage,
} from '../../domain'
import { isSourceId } from '../../domain/sources'
import {
  checklistConditions,
  checklistGroups,
  checklistItems,
  type ChecklistItemText,
} from '../checklist'
import { legalRouteTexts } from '../legal-routes'
import { detailLabels, detailMessages } from '../report-details'
import { summaryLines } from '../summary'
import { dontDoTexts, messageTemplateTexts, templateFallbacks } from '../templates'

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/
const gapsIn = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
const allTexts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(allTexts)
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => (k === 'sourceIds' ? [] : allTexts(v)))
        : []

type Sourced = { sourceIds: readonly string[]; guidance?: true }
const entries = (table: string, rows: object): [string, Sourced][] =>
  Object.entries(rows as Record<string, Sourced>).map(([id, e]) => [`${table}.${id}`, e])

const advice: [string, Sourced][] = [
  ...entries('checklist', checklistItems),
  ...entries('legal-route', legalRouteTexts),
  ...entries('template', messageTemplateTexts),
  ...entries('dont-do', dontDoTexts),
]

/** Every list the rules can build: each scenario × known or unknown stage × abroad or not. */
const lists = scenarios.flatMap((scenario) =>
  ([undefined, ...STAGES] as (TransferStage | undefined)[]).flatMap((stage) =>
    [false, true].map((crossBorderFlag) => ({
      scenario,
      groups: checklistFor({ scenario, stage, crossBorder: crossBorderFlag }),
    })),
  ),
)

describe('ids', () => {
  it('are stable kebab-case in every table', () => {
    for (const [id] of advice) expect(id.split('.')[1]).toMatch(KEBAB)
  })

  it('checklist item ids do not collide with the cross-border points shown beside them', () => {
    const ids = [...Object.keys(checklistItems), ...crossBorder.points.map((p) => p.id)]
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('every item the rules show has words here (or is a cross-border point), once per list', () => {
    const known = new Set([...Object.keys(checklistItems), ...crossBorder.points.map((p) => p.id)])
    for (const { groups } of lists) {
      const ids = groups.flatMap((g) => g.items.map((i) => i.id))
      for (const id of ids) expect({ id, known: known.has(id) }).toEqual({ id, known: true })
      expect(new Set(ids).size).toBe(ids.length)
      for (const i of groups.flatMap((g) => g.items)) expect(i.title && i.detail).toBeTruthy()
    }
  })

  it('every item, group and condition in the tables is shown by some list', () => {
    const shownItems = new Set(
      lists.flatMap((l) => l.groups.flatMap((g) => g.items.map((i) => i.id))),
    )
    for (const id of Object.keys(checklistItems))
      expect({ id, shown: shownItems.has(id) }).toEqual({ id, shown: true })
    const shownGroups = new Set(lists.flatMap((l) => l.groups.map((g) => g.id)))
    for (const id of Object.keys(checklistGroups)) expect(shownGroups).toContain(id)
    const shownConditions = new Set(
      lists.flatMap((l) => l.groups.flatMap((g) => g.items.map((i) => i.condition))),
    )
    for (const text of Object.values(checklistConditions)) expect(shownConditions).toContain(text)
  })

  it('a scenario-specific wording belongs to an item that scenario shows', () => {
    for (const [id, words] of Object.entries(checklistItems) as [string, ChecklistItemText][]) {
      for (const scenario of Object.keys(words.byScenario ?? {})) {
        const shows = lists.some(
          (l) => l.scenario === scenario && l.groups.some((g) => g.items.some((i) => i.id === id)),
        )
        expect({ id, scenario, shows }).toEqual({ id, scenario, shows: true })
      }
    }
  })
})

describe('sources', () => {
  it.each(advice)(
    '%s cites at least one known source, or is marked as the app’s own',
    (_id, entry) => {
      // The app's own guidance cites nothing rather than a source that does not say it.
      expect(entry.sourceIds.length > 0 || entry.guidance === true).toBe(true)
      if (entry.guidance) expect(entry.sourceIds).toEqual([])
      for (const s of entry.sourceIds)
        expect({ s, known: isSourceId(s) }).toEqual({ s, known: true })
    },
  )
})

describe('gaps', () => {
  it('checklist words have no gaps: they are shown as written', () => {
    for (const text of allTexts(checklistItems)) expect(gapsIn(text)).toEqual([])
  })

  it('every checklist the rules build has its gaps filled', () => {
    for (const { groups } of lists)
      for (const text of allTexts(groups)) expect(gapsIn(text)).toEqual([])
  })

  it('templates have only {when} and {amount}, and rendering fills them', () => {
    for (const [id, t] of Object.entries(messageTemplateTexts)) {
      const gaps = gapsIn(t.body)
      for (const g of gaps) expect(['amount', 'when']).toContain(g)
      expect(gapsIn(t.title + t.useWhen)).toEqual([])
      const given = renderTemplate(id, { timeText: '5月1日', amountText: '¥1.00' })
      const fallback = renderTemplate(id)
      expect(gapsIn(given + fallback)).toEqual([])
      if (gaps.includes('amount')) {
        expect(given).toContain('¥1.00')
        expect(fallback).toContain(templateFallbacks.amount)
      }
      if (gaps.includes('when')) {
        expect(given).toContain('在5月1日')
        expect(fallback).toContain(templateFallbacks.when)
      }
    }
    // The messages that ask for the money back name both the time and the amount.
    for (const id of ['polite-pending', 'polite', 'firm'] as const)
      expect(gapsIn(messageTemplateTexts[id].body).sort()).toEqual(['amount', 'when'])
  })

  it('the summary and the details check fill every gap they use', () => {
    const summary = buildCaseSummary({
      transfer: {
        method: 'chat',
        sentAt: 0,
        amountFen: 100,
        arrival: 'delay2h',
        recipient: 'accepted',
        acceptedAt: 1,
        cause: 'fraud',
        crossBorder: true,
      },
      details: {},
      stageLabel: 'x',
      evidence: [
        { title: 'a', done: true },
        { title: 'b', done: false },
      ],
      doneSteps: ['c'],
      now: 2,
      formatTime: String,
    })
    expect(gapsIn(summary)).toEqual([])
    expect(summary.split('\n')).toContain(summaryLines.footer)
    const bad = parseReportDetails({
      recipientName: 'x'.repeat(99),
      recipientWechatId: 'x'.repeat(99),
      transactionId: '1',
      story: 'x'.repeat(999),
    })
    const worse = parseReportDetails({
      recipientName: 1,
      recipientWechatId: 2,
      transactionId: 3,
      story: 4,
    })
    const messages = [bad, worse].flatMap((r) => (r.ok ? [] : r.errors.map((e) => e.message)))
    expect(messages).toHaveLength(8)
    for (const m of messages) expect(gapsIn(m)).toEqual([])
    for (const label of Object.values(detailLabels))
      expect(messages).toContain(detailMessages.notText.replace('{label}', label))
  })
})
