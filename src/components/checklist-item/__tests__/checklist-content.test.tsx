import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { setClipboardData } from '@tarojs/taro'
import {
  checklistFor,
  isSourceId,
  scenarios,
  STAGES,
  warnings,
  type Scenario,
  type Stage,
} from '../../../domain'
import { findForbidden } from '../../../../test/support/forbidden'
import { withServices } from '../../../../test/support/with-services'
import { ChecklistGroupCard } from '../../checklist-group'
import { CrossBorderNote } from '../../checklist-cross-border'
import { LegalRouteList } from '../../legal-routes'
import { SummaryPanel } from '../../summary-panel'
import { TemplateList } from '../../template-list'
import { WarningList } from '../../warning-list'
import { ChecklistItemCard } from '../checklist-item'

// Everything the checklist page can show, rendered as the user sees it: every item must show a
// source that resolves, and no text (content or the components' own wording) may make a claim
// FACTS.md forbids.

const mounted: { root: Root; host: HTMLElement }[] = []

function render(node: JSX.Element) {
  const host = document.createElement('div')
  document.body.appendChild(host)
  const root = createRoot(host)
  act(() => root.render(withServices(node)))
  mounted.push({ root, host })
  return host
}

afterEach(() => {
  for (const { root, host } of mounted.splice(0)) {
    act(() => root.unmount())
    host.remove()
  }
})

/** Each piece of text on its own (so one item's negation never excuses the next), then all. */
function texts(host: HTMLElement): string[] {
  const out: string[] = []
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.textContent?.trim()) out.push(n.textContent)
  }
  return [...out, host.textContent || '']
}

const noop = () => undefined
const emptyTexts = { recipientName: '', recipientWechatId: '', transactionId: '', story: '' }

function pageContent(scenario: Scenario, stage: Stage | undefined, linked: boolean) {
  return render(
    <>
      {checklistFor({ scenario, stage, crossBorder: true }).map((g) => (
        <ChecklistGroupCard
          key={g.id}
          group={g}
          isDone={() => false}
          onToggle={noop}
          linked={linked}
          open
          onOpen={noop}
        />
      ))}
      <WarningList items={warnings} linked={linked} />
      <SummaryPanel
        hasCase={stage !== undefined}
        linked={linked}
        onAddCase={noop}
        texts={emptyTexts}
        errors={{}}
        onField={noop}
        onBlur={noop}
        onSave={noop}
        onGenerate={noop}
        summary='【转账情况说明】'
        onCopy={noop}
      />
      <TemplateList
        scenario={scenario}
        stage={stage}
        fill={{ amountText: '¥500.00', timeText: '5月1日 14:30' }}
        linked={linked}
      />
      <LegalRouteList linked={linked} />
      <CrossBorderNote linked={linked} />
    </>,
  )
}

const combos: [Scenario, Stage | undefined][] = scenarios.flatMap((s) =>
  [undefined, ...STAGES].map((stage): [Scenario, Stage | undefined] => [s, stage]),
)

describe('the rendered checklist content', () => {
  test.each(combos)('%s / %s: no forbidden claim anywhere on the page', (scenario, stage) => {
    const all = texts(pageContent(scenario, stage, true))
    expect(all[all.length - 1].length).toBeGreaterThan(1000)
    const hits = all.flatMap((t) => findForbidden(t).map((h) => ({ text: t.slice(0, 80), ...h })))
    expect(hits).toEqual([])
  })

  test.each(scenarios.map((s) => [s]))('%s: every item shows sources that resolve', (scenario) => {
    for (const linked of [true, false]) {
      const host = pageContent(scenario, undefined, linked)
      const items = Array.from(host.querySelectorAll('.checklist-item'))
      expect(items.length).toBeGreaterThan(3)
      for (const item of items) {
        const note = item.querySelector('.source-note')
        expect(note?.textContent).toMatch(/^依据：/)
        const ids = (note?.getAttribute('data-sources') || '').split(',')
        expect(ids.length).toBeGreaterThan(0)
        for (const id of ids) expect(isSourceId(id)).toBe(true)
      }
    }
  })
})

describe('ChecklistItemCard', () => {
  const item = checklistFor({ scenario: 'fraud' })
    .flatMap((g) => g.items)
    .find((i) => i.id === 'evidence-transfer-detail')!

  test('shows the tap path as steps and copies it', async () => {
    const host = render(<ChecklistItemCard item={item} done={false} onToggle={noop} linked />)
    const steps = Array.from(host.querySelectorAll('.tap-path__step')).map((s) => s.textContent)
    expect(steps).toEqual(['我', '服务', '钱包', '账单', '这笔转账', '转账详情'])
    await act(async () => {
      ;(host.querySelector('#copy-evidence-transfer-detail') as HTMLElement).click()
    })
    expect(setClipboardData).toHaveBeenCalledWith({
      data: '我 → 服务 → 钱包 → 账单 → 这笔转账 → 转账详情',
    })
  })

  test('the check box reports the tap with the item id and shows the tick', () => {
    const onToggle = jest.fn()
    const host = render(<ChecklistItemCard item={item} done onToggle={onToggle} linked={false} />)
    const box = host.querySelector('#item-evidence-transfer-detail') as HTMLElement
    expect(box.textContent).toContain('✓')
    act(() => box.click())
    expect(onToggle).toHaveBeenCalledWith('evidence-transfer-detail')
  })
})
