import { fill } from '../fill'

describe('fill', () => {
  it('fills every named gap, as often as it appears', () => {
    expect(fill('距{label}还剩 {n} 分钟，{label}', { label: '到账', n: 5 })).toBe(
      '距到账还剩 5 分钟，到账',
    )
  })

  it('leaves a gap without a value as written', () => {
    expect(fill('在{time}转出', {})).toBe('在{time}转出')
  })

  it('does not read inherited names', () => {
    expect(fill('{toString}', {})).toBe('{toString}')
  })
})
