import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { makePhoneCall } from '@tarojs/taro'
import { CallBar } from '../call-bar'
import { withServices } from '../../../../test/support/with-services'

function render() {
  const host = document.createElement('div')
  document.body.appendChild(host)
  act(() => createRoot(host).render(withServices(<CallBar />)))
  return host
}

describe('CallBar', () => {
  test('labels each number for what it is for (FACTS C1, C6)', () => {
    const text = render().textContent || ''
    expect(text).toContain('110报警')
    expect(text).toContain('96110反诈咨询')
    expect(text).toContain('不是报案电话')
    expect(text).toContain('95017微信支付客服')
    expect(text).toContain('请自己拨打')
  })

  test('a tap dials that number', async () => {
    const host = render()
    const button = host.querySelector('#call-96110') as HTMLElement
    await act(async () => {
      button.click()
    })
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '96110' })
  })
})
