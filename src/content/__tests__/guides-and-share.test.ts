// The content tables of the scam check, the prevention guide, the warnings and the share cards:
// ids are unique and stable, every sentence of advice names at least one source the catalogue
// knows, and nothing personal can reach a share card title.
import { familyGuideTexts, preventionTexts, type PreventionText } from '../prevention'
import { checkTransferButton, scamSignTexts, scamStepTexts, scamVerdictTexts } from '../scam-check'
import { favoriteTitles, shareTitles } from '../share'
import { tapPaths } from '../tap-paths'
import { crossBorderTexts, warningTexts } from '../warnings'
import { isSourceId } from '../../domain/sources'
import {
  favoriteCards,
  isShareSafe,
  preventionItems,
  preventionProgress,
  scamSigns,
  scamStepActions,
  shareCards,
  timelineCards,
  warnings,
} from '../../domain'

/** Every advice entry of these tables, with its id and the sources it cites. */
const advice: (readonly [string, readonly string[]])[] = [
  ...Object.entries(scamSignTexts).map(([id, x]) => [`scam-sign.${id}`, x.sourceIds] as const),
  ...Object.entries(scamStepTexts).map(([id, x]) => [`scam-step.${id}`, x.sourceIds] as const),
  ...Object.entries(scamVerdictTexts).map(
    ([id, x]) => [`scam-verdict.${id}`, x.sourceIds] as const,
  ),
  ...Object.entries(preventionTexts).map(([id, x]) => [`prevention.${id}`, x.sourceIds] as const),
  ...Object.entries(preventionTexts as Record<string, PreventionText>).flatMap(([id, x]) =>
    x.aside ? [[`prevention.${id}.aside`, x.aside.sourceIds] as const] : [],
  ),
  ...Object.entries(familyGuideTexts).map(([id, x]) => [`family.${id}`, x.sourceIds] as const),
  ...Object.entries(warningTexts).map(([id, w]) => [`warning.${id}`, w.sourceIds] as const),
  ...Object.entries(crossBorderTexts.points).map(
    ([id, x]) => [`cross-border.${id}`, x.sourceIds] as const,
  ),
]

describe('ids', () => {
  const ids = [
    ...Object.keys(scamSignTexts),
    ...Object.keys(scamStepTexts),
    ...Object.keys(preventionTexts),
    ...Object.keys(familyGuideTexts),
    ...Object.keys(warningTexts),
    ...Object.keys(crossBorderTexts.points),
  ]

  it('are unique across the tables, so an id names one entry wherever it is used', () => {
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i)
    expect(twice).toEqual([])
    expect(ids.length).toBeGreaterThan(40)
  })

  it('are lower-case kebab-case words', () => {
    for (const id of [...ids, ...Object.keys(scamVerdictTexts), ...Object.keys(shareTitles)]) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('keep the order the pages show them in', () => {
    expect(preventionItems.map((p) => p.id)).toEqual(Object.keys(preventionTexts))
    expect(scamSigns.map((s) => s.id)).toEqual(Object.keys(scamSignTexts))
    expect(warnings.map((w) => w.id)).toEqual(Object.keys(warningTexts))
  })
})

describe('sources', () => {
  it('collects every advice entry of the four areas', () => {
    expect(advice.length).toBe(
      // signs, steps, verdicts, prevention (and its one side note), family, warnings, points
      12 + 7 + 3 + 9 + 1 + 10 + 10 + 4,
    )
  })

  it.each(advice)('%s cites at least one known source, each once', (_id, sourceIds) => {
    expect(sourceIds.length).toBeGreaterThan(0)
    expect(sourceIds.filter((s) => !isSourceId(s))).toEqual([])
    expect(new Set(sourceIds).size).toBe(sourceIds.length)
  })

  it('the shared-line warnings take their sources with their words', () => {
    for (const w of warnings) expect(w.sourceIds.length).toBeGreaterThan(0)
    expect(warnings.every((w) => w.title && w.body)).toBe(true)
  })
})

describe('content', () => {
  it('every sentence is written out: no empty text, no gap left unfilled', () => {
    const all = JSON.stringify({
      scamSignTexts,
      scamStepTexts,
      scamVerdictTexts,
      checkTransferButton,
      preventionTexts,
      familyGuideTexts,
      warningTexts,
      crossBorderTexts,
    })
    expect(all).not.toMatch(/""|\{\w+\}|undefined/)
  })

  it('prevention paths are the tap paths, not copies', () => {
    const paths = Object.values(tapPaths).map((p) => p.steps)
    for (const p of Object.values(preventionTexts) as PreventionText[]) {
      if (p.path.length > 0) expect(paths).toContain(p.path)
      else expect(p.steps?.length).toBeGreaterThan(0)
    }
  })

  it('the progress label counts known ids once', () => {
    expect(preventionProgress(['delayed-arrival', 'nope', 'delayed-arrival']).label).toBe(
      `已完成 1/${Object.keys(preventionTexts).length}`,
    )
  })

  it('every step with a button has its words', () => {
    for (const [id, action] of Object.entries(scamStepActions)) {
      expect(Object.keys(scamStepTexts)).toContain(id)
      expect(action.label.length).toBeGreaterThan(3)
    }
  })
})

describe('share card titles', () => {
  const titles = [...Object.values(shareTitles), ...Object.values(favoriteTitles)]

  it.each(titles)('"%s" carries no amount, number, name or account', (title) => {
    expect(isShareSafe(title)).toBe(true)
    // Not even a short number or a placeholder: nothing about a case can be filled in.
    expect(title).not.toMatch(/\d|[¥￥元]|\{|@|wxid|单号|姓名|金额/i)
  })

  it('are the only titles the cards use: none is put together from a case', () => {
    const used = [
      ...Object.values(shareCards),
      ...Object.values(timelineCards),
      ...Object.values(favoriteCards),
    ].map((c) => c.title)
    for (const t of used) expect(titles).toContain(t)
    expect(new Set(used)).toEqual(new Set(titles))
  })

  it('the safety check itself rejects what a title must never carry', () => {
    expect(isShareSafe('我转了 500 元')).toBe(false)
    expect(isShareSafe('转账 ¥12')).toBe(false)
    expect(isShareSafe('交易单号 1000050001202405010123456789')).toBe(false)
    expect(isShareSafe('找 wxid_abc')).toBe(false)
  })
})
