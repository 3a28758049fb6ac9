// Scans every string the rules module can show for claims the fact sheet forbids ("must NOT make"),
// with the one rulebook in test/support/forbidden.ts.
// The positive controls below are assembled from pieces (j(...)) so that the source itself never
// spells out a forbidden phrase: plain-text searches of src/ for those phrases should stay clean.
import {
  HEDGE_NOTE,
  STAGES,
  assessTransfer,
  checkScamSigns,
  scamSigns,
  scamStepActions,
  scamSteps,
  scamVerdictTexts,
  sources,
  stageSummary,
} from '..'
import { findForbidden } from '../../../test/support/forbidden'
import { BOUNDARY_OFFSETS, spreadOfCases } from './cases'

const j = (...parts: string[]) => parts.join('')

const violations = (text: string) => findForbidden(text).map((h) => `${h.why}: ${h.match}`)

/** Every string reachable from a value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out))
  return out
}

const assessments = spreadOfCases(BOUNDARY_OFFSETS).map(({ c, now }) => assessTransfer(c, now))

describe('the rules module makes no forbidden claim', () => {
  it('covers a real spread of assessments', () => {
    expect(assessments.length).toBeGreaterThan(1500)
    expect(new Set(assessments.map((a) => a.stage))).toEqual(new Set(STAGES))
  })

  it.each(Object.entries(sources))('source %s', (_id, source) => {
    expect(violations(source.title)).toEqual([])
  })

  it('stage summaries and the hedge', () => {
    expect([...STAGES.map((s) => stageSummary(s)), HEDGE_NOTE].flatMap(violations)).toEqual([])
  })

  it('every text of every assessment in the spread', () => {
    const texts = new Set(assessments.flatMap((a) => strings(a)))
    expect([...texts].flatMap(violations)).toEqual([])
  })

  it('every text the scam-sign check can show', () => {
    const results = [[], ...scamSigns.map((s) => [s.id])].flatMap((signs) =>
      [false, true].map((alreadyPaid) => checkScamSigns(signs, { alreadyPaid })),
    )
    const texts = strings([scamSigns, scamSteps, scamVerdictTexts, scamStepActions, results])
    expect(texts.length).toBeGreaterThan(60)
    expect(texts.flatMap(violations)).toEqual([])
  })

  it('assessments never bring up 亲属卡 or 红包 at all', () => {
    const texts = assessments.flatMap((a) => strings(a)).join('\n')
    expect(texts).not.toMatch(/亲属卡|红包/)
  })
})

describe('the scanner catches what it should', () => {
  it.each([
    j('点“撤', '回”就能拿回钱'),
    j('2小时延时可自主', '撤回'),
    j('延时期间可以', '取消'),
    j('长按消息选择', '撤回'),
    j('撤回成功率', '92%'),
    j('拨打 9501', '0 联系客服'),
    j('可以拨打 96110 ', '报警'),
    j('1237', '7 受理诈骗举报'),
    j('用异常', '设备登录触发风控'),
    j('在账单里申请', '退款'),
    j('7天', '无理由退款'),
    j('小额诉讼标准为 ', '30%'),
    j('亲属卡可以用来', '转账'),
    j('找技术', '破解服务'),
    j('百分百', '追回'),
    j('每笔转账都可以选择', '延时'),
    j('可以发延时', '红包'),
    j('客服可以', '退款'),
    j('接到显示“区号+96110”的来电，那是', '反诈劝阻电话'),
    j('它打给你时显示为“区号+96110”，请', '接听'),
    j('钱已经自动', '退回给你'),
    j('对方 24 小时内不收，会自动', '退回'),
  ])('%s', (text) => {
    expect(violations(text)).not.toEqual([])
  })

  it.each([
    '微信转账没有撤回按钮',
    '延时期间你不能自己取消，只能投诉',
    '96110 是咨询专线，不是报警电话，报警请拨 110',
    '亲属卡不能用于转账和红包',
    '转账到账时间是账户设置，不是每次转账时选择',
    '显示 96110 的来电也不一定是真的',
    '这笔钱应该已经自动退回，请确认',
  ])('lets the negated form through: %s', (text) => {
    expect(violations(text)).toEqual([])
  })
})
