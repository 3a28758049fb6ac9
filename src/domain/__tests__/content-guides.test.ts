import { noteTexts } from '../../content/notes'
import { legalRoutes } from '../legal-routes'
import { familyGuide, pathText, preventionItems, preventionProgress } from '../prevention'
import {
  asksForReturn,
  dontDoList,
  messageTemplates,
  renderTemplate,
  templatesFor,
  offersReturnMessages,
} from '../templates'
import { crossBorder, warnings } from '../warnings'

describe('prevention guide', () => {
  it('has exactly nine items with the agreed ids', () => {
    expect(preventionItems.map((p) => p.id)).toEqual([
      'delayed-arrival',
      'payment-password',
      'security-center',
      'family-card',
      'youth-mode',
      'three-step-check',
      'spot-fake-service',
      'check-in-your-name',
      'alipay-delay',
    ])
    for (const p of preventionItems) {
      expect(p.title && p.why && p.limits).toBeTruthy()
    }
  })

  it('delayed arrival: the D1 path, the older names, what to do if missing, the honest limits', () => {
    const d = preventionItems[0]
    expect(pathText(d.path)).toBe('我 → 服务 → 右上角 ··· → 支付设置 → 转账到账时间')
    expect(d.pathNote).toMatch(/支付管理/)
    expect(d.ifMissing).toMatch(/怎样设置转账延迟到账/)
    expect(d.limits).toMatch(/长期设置/)
    expect(d.limits).toMatch(/不是每笔单独选/)
    expect(d.limits).toMatch(/可能退回，也可能不退/)
  })

  it('亲属卡 says it cannot be used for transfers or 红包', () => {
    const card = preventionItems.find((p) => p.id === 'family-card')!
    expect(card.limits).toMatch(/不能用来转账、发红包/)
  })

  it('progress ignores unknown and repeated ids', () => {
    expect(preventionProgress([])).toEqual({ done: 0, total: 9, label: '已完成 0/9' })
    expect(
      preventionProgress(['delayed-arrival', 'youth-mode', 'youth-mode', 'alipay-delay', 'nope']),
    ).toEqual({ done: 3, total: 9, label: '已完成 3/9' })
    expect(preventionProgress(preventionItems.map((p) => p.id)).label).toBe('已完成 9/9')
  })

  it('pathText joins with arrows', () => {
    expect(pathText([])).toBe('')
    expect(pathText(['我', '设置', '青少年模式'])).toBe('我 → 设置 → 青少年模式')
  })

  it('the family guide has at most ten short lines', () => {
    expect(familyGuide.length).toBeGreaterThanOrEqual(4)
    expect(familyGuide.length).toBeLessThanOrEqual(10)
    for (const line of familyGuide) expect(Array.from(line.text).length).toBeLessThanOrEqual(30)
  })

  it('the family card covers 验证码, 安全账户 and 共享屏幕 (F5, F3, F4)', () => {
    const line = (id: string) => familyGuide.find((l) => l.id === id)
    expect(line('family-code')?.text).toContain('验证码')
    expect(line('family-code')?.sourceIds).toEqual(['F5'])
    expect(line('family-safe-account')?.text).toContain('安全账户')
    expect(line('family-safe-account')?.sourceIds).toEqual(['F3'])
    expect(line('family-screen-share')?.text).toContain('共享屏幕')
    expect(line('family-screen-share')?.sourceIds).toEqual(['F4'])
    // The scam rules come before the transfer-mistake lines.
    const index = (id: string) => familyGuide.findIndex((l) => l.id === id)
    expect(index('family-screen-share')).toBeLessThan(index('family-auto-return'))
  })

  it('the family card never says "别慌" and wait: ask for 退还, don’t remind, phone transfers land at once', () => {
    const all = familyGuide.map((l) => l.text).join('\n')
    expect(all).not.toContain('别慌')
    const ask = familyGuide.find((l) => l.id === 'family-auto-return')!
    expect(ask.text).toMatch(/退还[\s\S]*别点“提醒对方收款”/)
    expect(ask.sourceIds).toEqual(expect.arrayContaining(['T3', 'T2']))
    const wait = familyGuide.find((l) => l.id === 'family-wait-return')!
    expect(wait.text).toMatch(/约 24 小时[\s\S]*手机号转账会直接到账/)
    expect(wait.sourceIds).toEqual(expect.arrayContaining(['T1', 'T5']))
  })

  it('the delayed-arrival card keeps D5 (low) on its own line, so its advice is not badged 低', () => {
    const d = preventionItems.find((p) => p.id === 'delayed-arrival')!
    expect(d.sourceIds).not.toContain('D5')
    expect(d.limits).not.toContain('红包')
    expect(d.aside).toEqual({ text: expect.stringContaining('红包'), sourceIds: ['D5'] })
  })

  it('what is in your name (F8): 一证通查 and 一键查卡, and the 12381 warning SMS', () => {
    const c = preventionItems.find((p) => p.id === 'check-in-your-name')!
    expect(c.steps?.join('')).toMatch(/一证通查[\s\S]*一键查卡/)
    expect(c.limits).toContain('12381')
    expect(c.sourceIds).toEqual(['F8'])
  })
})

describe('message templates', () => {
  it('fills amount and time', () => {
    const text = renderTemplate('polite', { amountText: '¥1,234.50', timeText: '5月1日 14:30' })
    expect(text).toContain('在5月1日 14:30给你转了¥1,234.50')
  })

  it('falls back to natural wording and leaves no placeholder', () => {
    for (const t of messageTemplates) {
      for (const fill of [undefined, {}, { amountText: '  ', timeText: '\n' }]) {
        const text = renderTemplate(t.id, fill)
        expect(text).not.toMatch(/\{\{|\}\}/)
        expect(text.length).toBeGreaterThan(10)
      }
    }
    expect(renderTemplate('polite')).toContain('我之前给你转了一笔钱')
  })

  it('flattens and caps a fill so it cannot break the message', () => {
    const text = renderTemplate('polite', { amountText: '¥1\n\n00', timeText: 'x'.repeat(100) })
    expect(text).toContain('¥1 00')
    expect(text).not.toContain('x'.repeat(41))
  })

  it('the firm template cites 第985条 and makes no threat', () => {
    const firm = renderTemplate('firm')
    expect(firm).toContain('第985条')
    expect(firm).not.toMatch(/曝光|挂到|征信|后果自负|别怪我/)
  })

  it('unknown template ids give an empty string', () => {
    expect(renderTemplate('nope')).toBe('')
  })

  it('the what-not-to-do list covers threats, shaming, harassment, strangers, paid recovery', () => {
    expect(dontDoList.map((d) => d.id)).toEqual([
      'no-threats',
      'no-public-shaming',
      'no-harassment',
      'no-money-to-strangers',
      'no-paid-recovery',
    ])
  })

  it('advice no source states is marked as the app’s own, with no source to badge it', () => {
    for (const d of dontDoList) {
      if (d.guidance)
        expect({ id: d.id, sourceIds: d.sourceIds }).toEqual({ id: d.id, sourceIds: [] })
      else
        expect({ id: d.id, sourced: d.sourceIds.length > 0 }).toEqual({ id: d.id, sourced: true })
    }
    const own = dontDoList.filter((d) => d.guidance).map((d) => d.id)
    expect(own).toEqual(['no-threats', 'no-public-shaming', 'no-harassment'])
    // Nothing about recording calls: FACTS does not settle whether the other side must be told.
    expect(dontDoList.map((d) => d.text + d.why).join('')).not.toContain('录音')
  })
})

describe('legal routes and warnings', () => {
  it('compares police, platform, civil and mediation routes without success rates', () => {
    expect(legalRoutes.map((r) => r.id)).toEqual(['police', 'platform', 'civil', 'mediation'])
    const all = JSON.stringify(legalRoutes)
    expect(all).not.toMatch(/成功率|概率|立案后/)
    expect(legalRoutes.find((r) => r.id === 'civil')!.timeLimit).toMatch(/3 年/)
    expect(legalRoutes.find((r) => r.id === 'police')!.cost).toBe('免费。')
  })

  it('mediation is free and needs 司法确认 to be enforced, citing the statute (R1)', () => {
    const mediation = legalRoutes.find((r) => r.id === 'mediation')!
    expect(mediation.sourceIds).toContain('R1')
    expect(mediation.cost).toMatch(/不收取任何费用/)
    expect(mediation.timeLimit).toMatch(/30 日内共同向人民法院申请司法确认/)
    expect(mediation.whenApplies).toMatch(/明确拒绝调解的，不能调解/)
  })

  it('the civil route states who pays court fees only as the fee rules say (R2)', () => {
    const civil = legalRoutes.find((r) => r.id === 'civil')!
    expect(civil.sourceIds).toContain('R2')
    expect(civil.cost).toMatch(/原告）先预交/)
    expect(civil.cost).toMatch(/败诉的一方负担/)
    expect(civil.cost).toMatch(/简易程序.*减半交纳/)
    // No fee table: the amount depends on the claim and is not hard-coded.
    expect(civil.cost).not.toMatch(/\d+\s*元/)
  })

  it('warns about recovery services, strangers, fake 95017 calls and fake channels', () => {
    expect(warnings.map((w) => w.id)).toEqual(
      expect.arrayContaining([
        'recovery-scam',
        'stranger-says-mistake',
        'fake-95017-call',
        'official-channels-only',
      ]),
    )
    expect(warnings.find((w) => w.id === 'fake-95017-call')!.call?.number).toBe('95017')
  })

  it('names none of the fake numbers or sites it warns about', () => {
    const all = JSON.stringify({ warnings, crossBorder })
    expect(all).not.toMatch(/95010|12311|12377|12321/)
  })

  it('the cross-border section promises nothing', () => {
    expect(crossBorder.intro).toMatch(/不能承诺/)
  })
})

describe('templatesFor', () => {
  const idsFor = (...args: Parameters<typeof templatesFor>) =>
    templatesFor(...args).map((t) => t.id)

  it('offers return requests only where asking for the money back is the advice', () => {
    expect(idsFor('fraud')).toEqual(['reply-stranger'])
    expect(idsFor('account-stolen', 'arrived')).toEqual(['reply-stranger'])
    expect(idsFor('mistaken')).toEqual(['polite-pending', 'polite', 'firm', 'reply-stranger'])
    expect(asksForReturn('minor')).toBe(true)
    expect(asksForReturn('fraud')).toBe(false)
  })

  it('sends no "是我转错了" script to an overseas recipient who may be a scammer (S1)', () => {
    expect(asksForReturn('cross-border')).toBe(false)
    for (const stage of [undefined, 'awaiting-acceptance', 'arrived'] as const) {
      expect(idsFor('cross-border', stage)).toEqual(['reply-stranger'])
    }
  })

  it('follows the stage: 退还 while pending, 转回 once accepted', () => {
    expect(idsFor('mistaken', 'awaiting-acceptance')).toEqual([
      'polite-pending',
      'firm',
      'reply-stranger',
    ])
    expect(idsFor('mistaken', 'arrived')).toEqual(['polite', 'firm', 'reply-stranger'])
    expect(idsFor('minor', 'unknown')).toEqual([
      'minor-pending',
      'minor-polite',
      'minor-firm',
      'reply-stranger',
    ])
  })

  it('asks for nothing once the money is back or should be', () => {
    for (const scenario of ['mistaken', 'minor'] as const) {
      for (const stage of ['returned', 'auto-returned'] as const) {
        expect(idsFor(scenario, stage)).toEqual(['reply-stranger'])
        expect(offersReturnMessages(scenario, stage)).toBe(false)
      }
    }
  })

  it('writes a child\'s transfer as the parent, never "是我转错了"', () => {
    for (const t of templatesFor('minor')) {
      expect(renderTemplate(t.id)).not.toContain('是我转错了')
    }
    expect(renderTemplate('minor-polite')).toContain('我家孩子（未成年）')
  })
})

describe('advice fixes in the guides', () => {
  const all = [
    ...preventionItems.flatMap((p) => [p.why, p.limits, ...(p.steps ?? [])]),
    ...familyGuide.map((f) => f.text),
    ...dontDoList.flatMap((d) => [d.text, d.why]),
    ...warnings.flatMap((w) => [w.title, w.body]),
  ].join('\n')

  it('the family guide says which number to call: the one saved, not the one in the message', () => {
    const line = familyGuide.find((f) => f.id === 'family-call-first')
    expect(line?.text).toMatch(/手机里存的号码/)
    expect(line?.text).toMatch(/不要打消息里给的号码/)
    expect(line?.sourceIds).toEqual(expect.arrayContaining(['P5', 'F6']))
  })

  it('adds the sourced items that were missing: T6, D6, L6', () => {
    const byId = (id: string) => preventionItems.find((p) => p.id === id)!
    expect(byId('delayed-arrival').limits).toMatch(/“2小时后到账”截图不是已经付款的证明/)
    expect(byId('delayed-arrival').sourceIds).toContain('D6')
    const check = byId('three-step-check')
    expect([check.limits, ...(check.steps ?? [])].join('')).toMatch(/15 分钟/)
    expect([check.limits, ...(check.steps ?? [])].join('')).toMatch(/部分实名/)
    expect(check.sourceIds).toEqual(expect.arrayContaining(['T6', 'L6']))
    const pause = warnings.find((w) => w.id === 'risk-pop-up-pause')
    expect(pause?.body).toMatch(/15 分钟/)
    expect(pause?.sourceIds).toContain('T6')
  })

  it('warns that caller IDs can be faked, and what to do after sharing a screen', () => {
    const faked = warnings.find((w) => w.id === 'caller-id-can-be-faked')
    expect(faked?.body).toContain('伪造')
    const share = warnings.find((w) => w.id === 'screen-share-safe-account')
    // One order everywhere: end the sharing (seconds), 110, then password and freeze.
    expect(share?.body).toMatch(/结束共享[\s\S]*110 报警[\s\S]*支付密码[\s\S]*冻结账号/)
    const note = noteTexts['real-channels'].text
    expect(note).toMatch(/结束共享[\s\S]*110 报警[\s\S]*支付密码[\s\S]*冻结账号/)
  })

  it('a call from 区号+96110 may be a real warning: stop, listen, check by dialling 110 yourself', () => {
    const real = warnings.find((w) => w.id === 'real-96110-call')
    expect(real?.body).toMatch(/区号\+96110[\s\S]*先停下别转钱[\s\S]*自己拨打 110 核实/)
    expect(real?.sourceIds).toEqual(expect.arrayContaining(['C6']))
    const ids = warnings.map((w) => w.id)
    expect(ids.indexOf('real-96110-call')).toBe(ids.indexOf('caller-id-can-be-faked') + 1)
    const spot = preventionItems.find((p) => p.id === 'spot-fake-service')!
    expect(spot.limits).toContain('区号+96110')
  })

  it('a stranger’s "转错了": look at your own 零钱 and 账单 first, their screenshot proves nothing (D6)', () => {
    const w = warnings.find((x) => x.id === 'stranger-says-mistake')
    expect(w?.body).toMatch(/^先在自己的零钱和账单里看[\s\S]*转账截图不算数/)
    expect(w?.sourceIds).toEqual(expect.arrayContaining(['S2', 'D6']))
  })

  it('paying a lawyer is not the scam; promising recovery or taking money first is', () => {
    const w = warnings.find((x) => x.id === 'recovery-scam')
    expect(w?.body).toContain('正规律师依法收费，但也不会保证一定追回')
  })

  it('no frequency claims in the risk pop-up warning, and abroad says what the app does not know', () => {
    expect(warnings.find((x) => x.id === 'risk-pop-up-pause')?.body).not.toContain('多半')
    const abroad = crossBorder.points.find((p) => p.id === 'xb-abroad')
    expect(abroad?.text).toContain('本应用没有可靠资料')
    expect(abroad?.sourceIds).toEqual(expect.arrayContaining(['C6', 'C7']))
  })

  it('blames nobody', () => {
    expect(all).not.toMatch(/挡不住你自己被骗|有理变成理亏/)
  })
})
