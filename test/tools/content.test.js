// docs/CONTENT.md, the reviewer's copy of every sentence the app can show: it is generated from
// the app's own data, it is fresh, and the generator notices changed and forbidden sentences.
const fs = require('fs')
const { build, render, problems, DOC } = require('../../scripts/content')

jest.setTimeout(60000)

const { doc, problems: found } = build()

describe('docs/CONTENT.md', () => {
  it('is what `npm run content` writes today', () => {
    expect(found).toEqual([])
    expect(fs.readFileSync(DOC, 'utf8')).toBe(doc)
  })

  it('lists rules-built sentences, checklist items, tap paths and labels with their sources', () => {
    expect(doc).toContain('### `action.call-110`')
    expect(doc).toContain('### `checklist.delay-complaint`')
    expect(doc).toContain('### `tap-path.bill`')
    expect(doc).toContain('### `stage.auto-returned`')
    expect(doc).toMatch(/- 来源 D3：.+，可信度中/)
    expect(doc).toContain('> 应已自动退回')
  })

  it('changes when any sentence changes, so a stale copy fails content:check', () => {
    const sources = { C6: { title: 't', publisher: 'p', date: 'd', confidence: 'high' } }
    const section = (text) => [
      { where: 'w', entries: [{ id: 'x', texts: [text], sourceIds: ['C6'] }] },
    ]
    expect(render(section('越早越好。'), sources)).not.toBe(render(section('越早越好！'), sources))
  })

  it('reports forbidden claims and unknown sources instead of writing them', () => {
    const sections = [
      { where: 'w', entries: [{ id: 'bad', texts: ['长按转账消息就能撤回'], sourceIds: ['ZZ'] }] },
    ]
    const { findForbidden } = require('../../scripts/content').loadRulebook()
    const out = problems(sections, {}, findForbidden)
    expect(out.join('\n')).toMatch(/bad: cites unknown source ZZ/)
    expect(out.join('\n')).toMatch(/bad: forbidden claim/)
  })
})
