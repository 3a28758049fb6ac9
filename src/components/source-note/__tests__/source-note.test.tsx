import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { navigateTo } from '@tarojs/taro'
import { withServices } from '../../../../test/support/with-services'
import { SourceNote } from '../source-note'

function render(ids: string[]) {
  const host = document.createElement('div')
  document.body.appendChild(host)
  act(() => createRoot(host).render(withServices(<SourceNote sourceIds={ids} />)))
  return host
}

describe('SourceNote', () => {
  test('names the publisher and hedges a medium-confidence source', () => {
    const text = render(['D3']).textContent || ''
    expect(text).toContain('依据：')
    expect(text).toContain('D3')
    expect(text).toContain('以微信客户端实际显示为准')
  })

  test('does not hedge a high-confidence source', () => {
    const text = render(['T1']).textContent || ''
    expect(text).toContain('T1')
    expect(text).not.toContain('以微信客户端实际显示为准')
  })

  test('renders nothing for unknown ids', () => {
    expect(render(['nope']).textContent).toBe('')
  })

  test('a tap opens the source on the about page', async () => {
    const host = render(['C8'])
    await act(async () => {
      ;(host.querySelector('.source-note') as HTMLElement).click()
    })
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/about/index?source=C8' })
  })
})
