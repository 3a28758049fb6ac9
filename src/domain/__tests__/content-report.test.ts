import fc from 'fast-check'
import { parseReportDetails } from '../report-details'
import { buildCaseSummary, formatYuan, SUMMARY_FOOTER } from '../summary'
import type { TransferCase } from '../transfer-case'

const TX = '1000050001202405010123456789'

describe('parseReportDetails', () => {
  it('accepts full details, trimming whitespace', () => {
    expect(
      parseReportDetails({
        recipientName: '  张三（房东）  ',
        recipientWechatId: ' zhang_san-88 ',
        transactionId: ` ${TX} `,
        story: '\n 对方说是快递理赔，让我先转钱。\n',
      }),
    ).toEqual({
      ok: true,
      value: {
        recipientName: '张三（房东）',
        recipientWechatId: 'zhang_san-88',
        transactionId: TX,
        story: '对方说是快递理赔，让我先转钱。',
      },
    })
  })

  it('treats empty, blank, null and missing fields as absent', () => {
    expect(
      parseReportDetails({ recipientName: '', recipientWechatId: '   ', story: null }),
    ).toEqual({
      ok: true,
      value: {},
    })
    expect(parseReportDetails({})).toEqual({ ok: true, value: {} })
    expect(parseReportDetails(undefined)).toEqual({ ok: true, value: {} })
  })

  it('交易单号 must be digits only, 10-40 of them; spaces inside are removed', () => {
    expect(parseReportDetails({ transactionId: '1000 0500 0120 2405 0101 2345 6789' })).toEqual({
      ok: true,
      value: { transactionId: TX },
    })
    expect(parseReportDetails({ transactionId: '１２３４５６７８９０１２' })).toEqual({
      ok: true,
      value: { transactionId: '123456789012' },
    })
    for (const bad of ['10000500012024050101234567ab', '4200-0000-1234', '١٢٣٤٥٦٧٨٩٠١٢']) {
      const r = parseReportDetails({ transactionId: bad })
      expect(r).toEqual({
        ok: false,
        errors: [{ field: 'transactionId', message: '交易单号只能是数字' }],
      })
    }
    expect(parseReportDetails({ transactionId: '1'.repeat(9) }).ok).toBe(false)
    expect(parseReportDetails({ transactionId: '1'.repeat(10) }).ok).toBe(true)
    expect(parseReportDetails({ transactionId: '1'.repeat(40) }).ok).toBe(true)
    expect(parseReportDetails({ transactionId: '1'.repeat(41) }).ok).toBe(false)
  })

  it('enforces lengths in characters, not bytes', () => {
    expect(parseReportDetails({ recipientName: '张'.repeat(40) }).ok).toBe(true)
    expect(parseReportDetails({ recipientName: '😀'.repeat(40) }).ok).toBe(true)
    expect(parseReportDetails({ recipientName: '张'.repeat(41) })).toEqual({
      ok: false,
      errors: [{ field: 'recipientName', message: '对方昵称或备注最多 40 个字' }],
    })
    expect(parseReportDetails({ story: '字'.repeat(500) }).ok).toBe(true)
    expect(parseReportDetails({ story: '字'.repeat(501) })).toEqual({
      ok: false,
      errors: [{ field: 'story', message: '事情经过最多 500 个字' }],
    })
    expect(parseReportDetails({ recipientWechatId: 'a'.repeat(40) }).ok).toBe(true)
    expect(parseReportDetails({ recipientWechatId: 'a'.repeat(41) }).ok).toBe(false)
  })

  it('微信号 allows letters, digits, _ and - only', () => {
    expect(parseReportDetails({ recipientWechatId: 'wxid_abc-123' }).ok).toBe(true)
    for (const bad of ['张三', 'a b', 'a@b', 'a.b']) {
      expect(parseReportDetails({ recipientWechatId: bad })).toEqual({
        ok: false,
        errors: [{ field: 'recipientWechatId', message: '微信号只能包含字母、数字、下划线和减号' }],
      })
    }
  })

  it('reports every bad field at once, in Chinese', () => {
    const r = parseReportDetails({ recipientName: 5, transactionId: 'abc', story: {} })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.errors.map((e) => e.field)).toEqual(['recipientName', 'transactionId', 'story'])
      for (const e of r.errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(parseReportDetails('x')).toEqual({
      ok: false,
      errors: [{ field: '', message: '补充信息格式不正确' }],
    })
    expect(parseReportDetails([]).ok).toBe(false)
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const r = parseReportDetails(raw)
        expect(typeof r.ok).toBe('boolean')
      }),
      { numRuns: 2000 },
    )
    fc.assert(
      fc.property(
        fc.record(
          {
            recipientName: fc.oneof(fc.string(), fc.fullUnicodeString(), fc.anything()),
            recipientWechatId: fc.oneof(fc.string(), fc.anything()),
            transactionId: fc.oneof(
              fc.stringOf(fc.constantFrom('0', '1', '9', ' ', 'a')),
              fc.anything(),
            ),
            story: fc.oneof(fc.string({ maxLength: 600 }), fc.anything()),
          },
          { requiredKeys: [] },
        ),
        (raw) => {
          const r = parseReportDetails(raw)
          if (r.ok) {
            const v = r.value
            if (v.transactionId !== undefined) expect(v.transactionId).toMatch(/^\d{10,40}$/)
            if (v.recipientWechatId !== undefined)
              expect(v.recipientWechatId).toMatch(/^[\w-]{1,40}$/)
            for (const s of Object.values(v)) expect(s).toBe(s.trim())
            for (const s of Object.values(v)) expect(s).not.toBe('')
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('a getter that throws is reported, not thrown', () => {
    const evil = Object.defineProperty({}, 'story', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(parseReportDetails(evil)).toEqual({
      ok: false,
      errors: [{ field: '', message: '补充信息无法读取' }],
    })
  })
})

describe('formatYuan', () => {
  it.each([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [123450, '¥1,234.50'],
    [100000000, '¥1,000,000.00'],
    [-5050, '-¥50.50'],
    [12.6, '¥0.13'],
    [Number.NaN, '¥0.00'],
  ])('%p fen → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text)
  })
})

describe('buildCaseSummary', () => {
  const transfer: TransferCase = {
    method: 'chat',
    sentAt: 1_714_545_000_000,
    amountFen: 123450,
    arrival: 'delay2h',
    recipient: 'accepted',
    acceptedAt: 1_714_545_600_000,
    cause: 'fraud',
  }
  const formatTime = (ms: number) => `T${ms}`

  const text = buildCaseSummary({
    transfer,
    details: {
      recipientName: '张三',
      recipientWechatId: 'zs_88',
      transactionId: TX,
      story: '对方冒充客服。',
    },
    stageLabel: '延时到账中',
    evidence: [
      { title: '截图转账详情', done: true },
      { title: '截图聊天记录', done: false },
    ],
    now: 1_714_546_000_000,
    formatTime,
  })

  it('contains every fact the user gave', () => {
    expect(text).toContain('转账时间：T1714545000000')
    expect(text).toContain('金额：¥1,234.50')
    expect(text).toContain('转账方式：微信聊天转账')
    expect(text).toContain('到账时间设置：2小时到账')
    expect(text).toContain('对方收款时间：T1714545600000')
    expect(text).toContain('对方昵称或备注：张三')
    expect(text).toContain('对方微信号：zs_88')
    expect(text).toContain(`交易单号/转账单号：${TX}`)
    expect(text).toContain('当前状态（按本人填写推算）：延时到账中')
    expect(text).toContain('事情经过：对方冒充客服。')
    expect(text).toContain('情况：被骗')
  })

  it('marks ticked and unticked evidence', () => {
    expect(text).toContain('✓ 截图转账详情')
    expect(text).toContain('☐ 截图聊天记录')
  })

  it('says where it came from, with the generation time from the parameter', () => {
    expect(text).toContain('生成时间：T1714546000000')
    expect(text).toContain(SUMMARY_FOOTER)
    expect(SUMMARY_FOOTER).toMatch(/转账急救箱/)
    expect(SUMMARY_FOOTER).toMatch(/只包含用户自己填写的内容/)
  })

  it('works with nothing but the footer inputs, and notes the missing fields', () => {
    const bare = buildCaseSummary({ details: {}, evidence: [], now: 0, formatTime: () => '现在' })
    expect(bare).toContain('金额：未填写')
    expect(bare).toContain('交易单号/转账单号：未填写')
    expect(bare).not.toContain('证据：')
    expect(bare).not.toContain('当前状态')
  })

  it('lists the other steps already ticked, after the evidence', () => {
    const withSteps = buildCaseSummary({
      details: {},
      evidence: [{ title: '截图转账详情', done: true }],
      doneSteps: ['拨打 110 报警', '在聊天里投诉对方'],
      now: 0,
      formatTime,
    })
    expect(withSteps).toContain('已经做了：\n✓ 拨打 110 报警\n✓ 在聊天里投诉对方')
    expect(withSteps.indexOf('证据：')).toBeLessThan(withSteps.indexOf('已经做了：'))
    expect(text).not.toContain('已经做了：')
  })

  it('marks a cross-border phone transfer', () => {
    const t = buildCaseSummary({
      transfer: {
        ...transfer,
        method: 'phone',
        acceptedAt: undefined,
        crossBorder: true,
        cause: 'mistaken',
      },
      details: {},
      evidence: [],
      now: 0,
      formatTime,
    })
    expect(t).toContain('转账方式：微信手机号转账')
    expect(t).toContain('情况：转错人（涉及境外）')
    expect(t).not.toContain('对方收款时间')
  })
})
