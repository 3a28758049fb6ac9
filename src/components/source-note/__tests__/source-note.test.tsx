import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { navigateTo } from '@tarojs/taro'
import { withServices } from '../../../../test/support/with-services'
import { SourceNote } from '../source-note'
import { publisherNames, shortSourceLine } from '../publishers'

function render(ids: string[], linked = true) {
  const host = document.createElement('div')
  document.body.appendChild(host)
  act(() => createRoot(host).render(withServices(<SourceNote sourceIds={ids} linked={linked} />)))
  return host
}

describe('SourceNote', () => {
  test('folds to one short line naming the publisher and hedges a medium-confidence source', () => {
    const text = render(['C8']).textContent || ''
    expect(text).toContain('依据：泸州日报')
    expect(text).toContain('以微信客户端实际显示为准')
  })

  test('does not hedge a high-confidence source', () => {
    const text = render(['T1']).textContent || ''
    expect(text).toContain('依据：羊城晚报')
    expect(text).not.toContain('以微信客户端实际显示为准')
  })

  test('names publishers, never raw domains or site handles', () => {
    expect(publisherNames(['D1'])).toEqual(['江苏警方'])
    expect(publisherNames(['C2'])).toEqual(['微信安全中心'])
    expect(shortSourceLine(['D3'])).toBe('网络报道')
    expect(shortSourceLine(['T1', 'C8'])).toMatch(/^羊城晚报.* 等 3 个来源$/)
    expect(render(['D1']).textContent).not.toMatch(/xazmhbgc|hainanwel|yuneu/)
  })

  test('renders nothing for unknown ids', () => {
    expect(render(['nope']).textContent).toBe('')
  })

  test('the app’s own guidance says "来源：无", with no link, badge or hedge', () => {
    const host = document.createElement('div')
    document.body.appendChild(host)
    act(() => createRoot(host).render(withServices(<SourceNote sourceIds={[]} guidance />)))
    const text = host.textContent || ''
    expect(text).toBe('来源：无（本应用的建议）')
    expect(text).not.toMatch(/可信度|以微信客户端实际显示为准|依据/)
    expect(host.querySelector('[aria-role="link"], [role="link"]')).toBeNull()
  })

  test('is a link that opens the source on the about page', async () => {
    const host = render(['C8'])
    const link = host.querySelector('[role=link]') as HTMLElement
    expect(link).toBeTruthy()
    await act(async () => {
      link.click()
    })
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/about/index?source=C8' })
  })

  test('unfolds the sources in place where the page cannot navigate', async () => {
    const host = render(['T1', 'C8'], false)
    const toggle = host.querySelector('[aria-expanded]') as HTMLElement
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(host.textContent).not.toContain('泸州日报）')
    await act(async () => {
      toggle.click()
    })
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(host.textContent).toContain('（泸州日报）')
  })
})
