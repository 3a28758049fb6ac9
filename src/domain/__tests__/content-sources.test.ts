import { checklistFor, scenarios, type TransferStage } from '../checklist'
import { legalRoutes } from '../legal-routes'
import { familyGuide, preventionItems } from '../prevention'
import { scamSigns, scamSteps, scamVerdictTexts } from '../scam-check'
import { sources } from '../sources'
import { STAGES } from '../stage'
import { dontDoList, messageTemplates } from '../templates'
import { crossBorder, warnings } from '../warnings'

const known = new Set(Object.keys(sources))

function expectSourced(label: string, sourceIds: readonly string[]) {
  expect({ label, count: sourceIds.length > 0 }).toEqual({ label, count: true })
  for (const id of sourceIds)
    expect({ label, id, known: known.has(id) }).toEqual({ label, id, known: true })
}

describe('every content item cites at least one known source', () => {
  it('checklist items in every scenario × stage × cross-border combination', () => {
    const stages: (TransferStage | undefined)[] = [undefined, ...STAGES]
    let checked = 0
    for (const scenario of scenarios) {
      for (const stage of stages) {
        for (const cb of [false, true]) {
          for (const group of checklistFor({ scenario, stage, crossBorder: cb })) {
            for (const item of group.items) {
              expectSourced(`${scenario}/${stage}/${cb}/${item.id}`, item.sourceIds)
              checked++
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
  })

  it.each(legalRoutes.map((r) => [r.id, r] as const))('legal route %s', (id, r) =>
    expectSourced(id, r.sourceIds),
  )
  it.each(messageTemplates.map((t) => [t.id, t] as const))('template %s', (id, t) =>
    expectSourced(id, t.sourceIds),
  )
  // The app's own guidance says "来源：无" instead; content-guides.test.ts pins which ones.
  it.each(dontDoList.filter((d) => !d.guidance).map((d) => [d.id, d] as const))(
    'dont-do %s',
    (id, d) => expectSourced(id, d.sourceIds),
  )
  it.each(warnings.map((w) => [w.id, w] as const))('warning %s', (id, w) =>
    expectSourced(id, w.sourceIds),
  )
  it.each(crossBorder.points.map((p) => [p.id, p] as const))('cross-border point %s', (id, p) =>
    expectSourced(id, p.sourceIds),
  )
  it.each(preventionItems.map((p) => [p.id, p] as const))('prevention item %s', (id, p) =>
    expectSourced(id, p.sourceIds),
  )
  it.each(familyGuide.map((f) => [f.id, f] as const))('family guide line %s', (id, f) =>
    expectSourced(id, f.sourceIds),
  )
  it.each(scamSigns.map((s) => [s.id, s] as const))('scam sign %s', (id, s) =>
    expectSourced(id, s.sourceIds),
  )
  it.each(Object.entries(scamSteps))('scam-check step %s', (id, s) =>
    expectSourced(id, s.sourceIds),
  )
  it.each(Object.entries(scamVerdictTexts))('scam-check verdict %s', (id, v) =>
    expectSourced(id, v.sourceIds),
  )
})

describe('ids', () => {
  it('content ids are kebab-case and unique within each list', () => {
    const lists: { id: string }[][] = [
      legalRoutes,
      messageTemplates,
      dontDoList,
      warnings,
      crossBorder.points,
      preventionItems,
      familyGuide,
      [...scamSigns],
      Object.keys(scamSteps).map((id) => ({ id })),
    ]
    for (const list of lists) {
      const ids = list.map((x) => x.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })
})
