import { HEDGE_TEXT, isHedged, isSourceId, sources } from '..'

const range = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`)

describe('sources', () => {
  it('uses exactly the fact-sheet row ids, plus the app-added R ids, as keys', () => {
    const expected = [
      ...range('T', 6),
      ...range('D', 6),
      ...range('C', 9),
      ...range('L', 6),
      ...range('P', 6),
      ...range('S', 2),
      ...range('F', 9),
      ...range('M', 8),
      // Statutes the app added after the fact sheet (legal-routes: mediation, court fees).
      ...range('R', 2),
    ]
    expect(Object.keys(sources).sort()).toEqual(expected.sort())
  })

  it.each(Object.entries(sources))('%s has a Chinese title, a publisher and a date', (_id, s) => {
    expect(s.title).toMatch(/[\u4e00-\u9fff]/)
    expect(s.publisher.length).toBeGreaterThan(0)
    expect(s.date.length).toBeGreaterThan(0)
    expect(['high', 'medium', 'low']).toContain(s.confidence)
    if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\//)
  })

  it('maps the fact-sheet confidence (M-H is hedged as medium)', () => {
    const conf = (id: string) => sources[id].confidence
    expect(conf('T1')).toBe('high') // H
    expect(conf('T2')).toBe('medium') // M-H
    expect(conf('C8')).toBe('medium') // M-H
    expect(conf('D2')).toBe('medium') // M
    expect(conf('D5')).toBe('low') // L
    expect(conf('F1')).toBe('high') // H
    expect(conf('F8')).toBe('medium') // M-H
    expect(conf('F9')).toBe('high') // a design rule, not a report
  })

  it('gives statute dates as the code in force', () => {
    expect(sources.L1.date).toBe('民法典（2021-01-01 施行）')
    expect(sources.L2.date).toBe('民法典（2021-01-01 施行）')
  })

  it('cites the added statutes with their dates, as high confidence', () => {
    expect(sources.R1.publisher).toContain('人民调解法')
    expect(sources.R1.title).toMatch(/不收取任何费用/)
    expect(sources.R1.title).toMatch(/三十日内共同向人民法院申请司法确认/)
    expect(sources.R1.date).toBe('2010-08-28 通过，2011-01-01 施行')
    expect(sources.R2.publisher).toContain('国务院令第481号')
    expect(sources.R2.title).toMatch(/减半交纳案件受理费/)
    expect(sources.R2.date).toBe('2007-04-01 施行')
    expect(isHedged(['R1', 'R2'])).toBe(false)
  })

  it('keeps the Beijing Youth Daily link on T2', () => {
    expect(sources.T2.url).toContain('fonow.com/view/211380')
    expect(sources.C1.url).toContain('pay.weixin.qq.com')
  })

  it('isHedged is true when any source is below high, or unknown', () => {
    expect(isHedged([])).toBe(false)
    expect(isHedged(['T1', 'C6'])).toBe(false)
    expect(isHedged(['T1', 'T2'])).toBe(true)
    expect(isHedged(['nope'])).toBe(true)
    expect(isSourceId('T1')).toBe(true)
    expect(isSourceId('toString')).toBe(false)
    expect(HEDGE_TEXT).toBe('以微信客户端实际显示为准')
  })
})
