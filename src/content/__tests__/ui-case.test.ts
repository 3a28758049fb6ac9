// The words of 首页, 状态自查 and 倒计时 (src/content/ui-case.ts): whole texts with named gaps, and
// none of them a claim the rulebook forbids.
import { findForbidden } from '../../../test/support/forbidden'
import { fill } from '../fill'
import { ui } from '../ui-case'

const entries = Object.entries(ui).flatMap(([group, words]) =>
  Object.entries(words).map(([key, text]): [string, string] => [`ui.${group}.${key}`, text]),
)

describe('page words of 首页, 状态自查 and 倒计时', () => {
  it('are non-empty texts whose only braces are named gaps', () => {
    expect(entries.length).toBeGreaterThan(80)
    const blank = entries.filter(([, text]) => !text.trim()).map(([id]) => id)
    const stray = entries
      .filter(([, text]) => /[{}]/.test(text.replace(/\{\w+\}/g, '')))
      .map(([id]) => id)
    expect(blank).toEqual([])
    expect(stray).toEqual([])
  })

  it('fill every gap they name', () => {
    expect(fill(ui.homeLinks.stuck, { count: 2 })).toMatch(/^另有 2 条无法读取的记录，/)
    expect(fill(ui.caseCard.openLabel, { case: 'A', stage: 'B' })).toBe('A，B，打开倒计时')
    expect(fill(ui.timeline.offScaleApprox, { label: 'L', date: 'D' })).toMatch(/：L 约 D$/)
  })

  it('make no forbidden claim', () => {
    const hits = entries.flatMap(([id, text]) =>
      findForbidden(text).map((h) => `${id}: ${h.match}`),
    )
    expect(hits).toEqual([])
  })

  it('undo only the app record: the same word about the transfer is still caught', () => {
    expect(findForbidden(ui.updateStatus.undo)).toEqual([])
    expect(findForbidden(ui.updateStatus.undone)).toEqual([])
    const aboutTheTransfer = ['已撤', '销这笔转账'].join('')
    expect(findForbidden(aboutTheTransfer)).not.toEqual([])
  })
})
