import { DEFAULT_SCENARIO, resolveChoice } from '../checklist-scope'
import { checklistSummary } from '../summary'

const cases = [
  { id: 'new', stage: 'returned' as const },
  { id: 'old', stage: 'in-delay' as const },
]

describe('which checklist opens', () => {
  it('keeps what the user picked while it still exists', () => {
    expect(resolveChoice({ kind: 'case', id: 'old' }, {}, cases)).toEqual({
      kind: 'case',
      id: 'old',
    })
    expect(resolveChoice({ kind: 'scenario', scenario: 'minor' }, {}, cases)).toEqual({
      kind: 'scenario',
      scenario: 'minor',
    })
  })

  it('follows the query only to a saved case or a known scenario', () => {
    expect(resolveChoice(undefined, { case: 'old' }, cases)).toEqual({ kind: 'case', id: 'old' })
    expect(resolveChoice(undefined, { case: 'gone' }, [])).toEqual({
      kind: 'scenario',
      scenario: DEFAULT_SCENARIO,
    })
    expect(resolveChoice(undefined, { scenario: 'account-stolen' }, [])).toEqual({
      kind: 'scenario',
      scenario: 'account-stolen',
    })
    expect(resolveChoice(undefined, { scenario: '%E0%A4%A' }, [])).toEqual({
      kind: 'scenario',
      scenario: DEFAULT_SCENARIO,
    })
  })

  it('otherwise opens the newest case whose money has not come back', () => {
    expect(resolveChoice(undefined, {}, cases)).toEqual({ kind: 'case', id: 'old' })
    expect(resolveChoice(undefined, {}, [cases[0]])).toEqual({
      kind: 'scenario',
      scenario: DEFAULT_SCENARIO,
    })
  })
})

describe('the checklist summary', () => {
  it('lists the evidence with its ticks and the other steps done', () => {
    const groups = [
      {
        id: 'evidence' as const,
        title: '证据',
        items: [item('e1', '截图转账详情'), item('e2', '截图聊天')],
      },
      { id: 'police' as const, title: '报警', items: [item('p1', '拨打 110 报警')] },
    ]
    const text = checklistSummary(
      { recipientName: '张*' },
      { groups, isDone: (id) => id === 'e1' || id === 'p1', stageLabel: '延时到账中' },
      0,
      () => '某时',
    )
    expect(text).toContain('截图转账详情')
    expect(text).toContain('拨打 110 报警')
    expect(text).toContain('张*')
    expect(text).toContain('当前状态（按本人填写推算）：延时到账中')
  })
})

function item(id: string, title: string) {
  return { id, title, detail: '', sourceIds: [] }
}
