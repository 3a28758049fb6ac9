import * as checklist from '../checklist'
import { checklistFor, scenarios, type TransferStage } from '../checklist'
import { findForbidden, forbiddenClaims } from '../../../test/support/forbidden'
import * as legal from '../legal-routes'
import * as prevention from '../prevention'
import * as reportDetails from '../report-details'
import * as scamCheck from '../scam-check'
import { checkScamSigns, scamSigns } from '../scam-check'
import { STAGES } from '../stage'
import * as summary from '../summary'
import { buildCaseSummary } from '../summary'
import * as templates from '../templates'
import { messageTemplates, renderTemplate } from '../templates'
import * as warnings from '../warnings'

/** Every string reachable from a value (functions and RegExps are skipped). */
function strings(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out, seen))
  else if (value && typeof value === 'object' && !(value instanceof RegExp)) {
    if (seen.has(value)) return out
    seen.add(value)
    Object.values(value).forEach((v) => strings(v, out, seen))
  }
  return out
}

const stageOptions: (TransferStage | undefined)[] = [undefined, ...STAGES]

function allChecklists() {
  const out: { label: string; value: unknown }[] = []
  for (const scenario of scenarios) {
    for (const stage of stageOptions) {
      for (const crossBorder of [false, true]) {
        out.push({
          label: `${scenario}/${stage}/${crossBorder}`,
          value: checklistFor({ scenario, stage, crossBorder }),
        })
      }
    }
  }
  return out
}

function allRendered(): string[] {
  const out: string[] = []
  for (const t of messageTemplates) {
    out.push(renderTemplate(t.id))
    out.push(renderTemplate(t.id, { amountText: '¥1,234.50', timeText: '5月1日 14:30' }))
  }
  out.push(
    buildCaseSummary({
      transfer: {
        method: 'chat',
        sentAt: Date.UTC(2024, 4, 1, 6, 30),
        amountFen: 123450,
        arrival: 'delay2h',
        recipient: 'accepted',
        acceptedAt: Date.UTC(2024, 4, 1, 6, 40),
        cause: 'fraud',
        crossBorder: true,
      },
      details: { recipientName: '张三', transactionId: '1000050001202405010123456789' },
      stageLabel: '延时到账中',
      evidence: [
        { title: '截图转账详情', done: true },
        { title: '截图聊天记录', done: false },
      ],
      now: Date.UTC(2024, 4, 1, 7),
      formatTime: (ms) => new Date(ms).toISOString(),
    }),
    buildCaseSummary({ details: {}, evidence: [], now: 0, formatTime: () => '—' }),
  )
  return out
}

describe('content never makes a forbidden claim', () => {
  const modules: Record<string, unknown> = {
    checklist,
    legal,
    prevention,
    reportDetails,
    scamCheck,
    summary,
    templates,
    warnings,
  }

  it.each(Object.entries(modules))('exported data of %s', (_name, mod) => {
    const texts = strings(mod)
    const hits = texts.flatMap((t) => findForbidden(t).map((h) => ({ text: t, ...h })))
    expect(hits).toEqual([])
  })

  it('every checklist (scenario × stage × cross-border)', () => {
    for (const { label, value } of allChecklists()) {
      const hits = strings(value).flatMap((t) => findForbidden(t).map((h) => ({ label, t, ...h })))
      expect(hits).toEqual([])
    }
  })

  it('every scam-check result (each sign alone, all, none; paid or not)', () => {
    const answerSets = [[], ...scamSigns.map((s) => [s.id]), scamSigns.map((s) => s.id)]
    for (const signs of answerSets) {
      for (const alreadyPaid of [false, true]) {
        const result = checkScamSigns(signs, { alreadyPaid })
        const hits = strings(result).flatMap((t) => findForbidden(t).map((h) => ({ t, ...h })))
        expect(hits).toEqual([])
      }
    }
  })

  it('rendered templates and summaries', () => {
    const hits = allRendered().flatMap((t) => findForbidden(t).map((h) => ({ t, ...h })))
    expect(hits).toEqual([])
  })
})

describe('findForbidden', () => {
  const positives: [string, string][] = [
    ['recall button', '点击撤回即可'],
    ['recall while pending', '对方未确认时可以撤回'],
    ['long-press recall', '长按转账记录，选择“撤回”'],
    ['one-tap recall', '支持一键撤回'],
    ['self recall', '对方未确认时可自主撤回'],
    ['recall in delay', '2小时延时期间可以撤回'],
    ['recall in delay 2', '延时到账期间，付款人可以自行取消'],
    ['recall success rate', '撤回成功率92%'],
    ['100 percent', '延时期间撤回100%成功'],
    ['guarantee', '百分百追回'],
    ['fake login', '尝试伪登录触发风控'],
    ['abnormal device', '用异常设备登录拦截'],
    ['appeal rate', '申诉成功率67%'],
    ['recovery probability', '追回概率35%'],
    ['bare percent', '90%的付费追回服务存在风险'],
    ['times statistics', '资金损失率低7.3倍'],
    ['times statistics 2', '举证难度增加3倍'],
    ['95010', '拨打95010'],
    ['wz12311', '登录 wz12311.cn 举报'],
    ['uu12311', 'UU12311.CN'],
    ['12377 fraud', '被骗可以打12377举报'],
    ['96110 report', '拨打96110报案'],
    ['96110 report 2', '报警电话：96110'],
    ['7 days', '享受7天无理由退款'],
    ['refund', '在账单中申请退款'],
    ['24h reply', '平台24小时内回复'],
    ['72h', '72小时内处理完毕'],
    ['small claims 30', '小额诉讼标的额30%'],
    ['small claims 30 cn', '小额诉讼为上年度平均工资的百分之三十'],
    ['family card transfer', '亲属卡可用于转账'],
    ['family card red packet', '亲属卡可以发红包'],
    ['family card limit', '启用亲属卡并设置单笔转账限额'],
    ['cracking', '使用技术破解服务'],
    ['recovery service', '推荐找专业追回服务'],
    ['3 per day', '每天最多修改3次'],
    ['delayed red packet', '开启延时红包'],
    ['per-transfer delay', '单笔转账时设置延时到账'],
    ['per-recipient delay', '对陌生账户强制启用24小时延时'],
    ['invented deadline', '刑事报案：立案后6个月内'],
    ['invented period', '平台投诉：1-7个工作日'],
    ['golden hours', '黄金24小时'],
    ['customer service refund', '联系客服即可退款'],
    ['forex', '需通过外汇管理局备案'],
    ['credit threat', '不还钱会征信受损'],
    ['notarisation', '证据需公证'],
    ['average time', '客服介入平均耗时38分钟'],
    // 11. A caller ID vouched for (C6, F3-F5).
    ['96110 caller is genuine', '接到显示“区号+96110”的来电，那是反诈劝阻电话。'],
    ['96110 please answer', '它打给你时显示为“区号+96110”，请接听。'],
    ['110 caller is police', '来电显示 110 的就是警察。'],
    ['95017 caller is official', '显示 95017 的来电是官方客服，可以放心。'],
    ['always genuine', '96110 打来的电话都是真的。'],
    // 12. A pending transfer stated as returned (T1).
    ['auto returned as fact', '对方 24 小时没收款，钱已经自动退回给你。'],
    ['returned as fact 2', '这笔钱已退回到零钱。'],
    ['auto returned short', '已自动退回'],
    ['24 h without 约', '对方 24 小时内不收，会自动退回给你。'],
    ['caller id trusted', '来电显示96110的，一定是真的反诈中心'],
    ['caller id trusted 2', '显示110打来的电话就是警察'],
    ['caller id trusted 3', '官方号码打来的可以放心'],
    ['caller id trusted 4', '来电是 95017，可以相信'],
    ['not a scam', '检查完毕：这不是骗局'],
    ['not a scam 2', '没发现问题，并非骗局'],
    ['pay without worry', '可以放心转账'],
    ['safe then pay', '没问题，可以转了'],
    ['request is safe', '这个请求是安全的'],
    ['result safe', '自查结果：安全'],
  ]

  it.each(positives)('catches: %s', (_label, text) => {
    expect(findForbidden(text).length).toBeGreaterThan(0)
  })

  const negatives: [string, string][] = [
    ['no recall button', '微信转账没有撤回按钮。'],
    ['cannot recall', '付款人不能自己撤回转账。'],
    ['not recallable', '转账不可撤回。'],
    ['no recall in delay', '延时期间你也不能自己取消，只能投诉。'],
    ['96110 not for reports', '96110 是反诈劝阻和咨询电话，不是报案电话；确定被骗就打 110。'],
    ['96110 not for reports 2', '96110 不受理报案。'],
    ['family card negated', '亲属卡不能用来转账、发红包、买理财。'],
    ['no paid recovery', '不要付费找追回服务。'],
    ['service will not refund', '微信帮助中心说明，客服也不会帮你退款。'],
    ['no refund entry', '个人转账没有“申请退款”。'],
    [
      'small claims 50/200',
      '标的额在本省上一年度年平均工资的 50% 以下；50% 到 200% 之间可约定适用小额诉讼。',
    ],
    ['24h auto return', '对方约 24 小时内不收款，钱会自动退回。'],
    ['bank days', '银行卡付的 0-3 个工作日退回。'],
    ['30 minutes', '警方说前 30 分钟对紧急止付最关键。'],
    ['thresholds', '3,000 元起构成犯罪，3 万元起属数额巨大。'],
    ['delay hours', '可以选 2 小时到账或 24 小时到账。'],
    ['caller id faked', '来电显示可以伪造，显示 96110、110 的来电也不一定是真的。'],
    ['real 96110 never asks', '真正的反诈中心和警察不会让你转账、说验证码、共享屏幕。'],
    ['do not answer', '显示 95017 的来电让你转钱，不要接听后照做。'],
    ['should be returned', '这笔钱应该已经自动退回，请在零钱或账单里确认。'],
    ['short should', '应已自动退回'],
    ['check whether', '请确认钱是否已经退回到零钱。'],
    ['about 24 h', '对方一直不收的话，约 24 小时后会自动退回。'],
    ['recipient returned', '对方已退还这笔钱。'],
    ['caller id can be faked', '来电显示 110、96110，也不一定是真的。'],
    ['do not trust caller id', '显示 96110 的来电不能相信它让你转账的话。'],
    ['asks the question', '还没转？先查是不是骗局'],
    ['real lines never ask', '真正的警察和 96110 不会让你转账。'],
    ['cannot prove', '这份自查不能证明对方可信。'],
    ['safe account named', '自称公检法，要你把钱转到“安全账户”。'],
  ]

  it.each(negatives)('allows: %s', (_label, text) => {
    expect(findForbidden(text)).toEqual([])
  })

  it('still catches a forbidden claim after a negated clause', () => {
    expect(findForbidden('不要着急，点击撤回即可')).not.toEqual([])
    expect(findForbidden('96110 不是报案电话，但 96110 报警也行')).not.toEqual([])
  })

  it('a 50% outside the small-claims context is caught', () => {
    expect(findForbidden('投诉成功的机会有 50%')).not.toEqual([])
  })

  it('ids are unique, sequential, and every rule has a reason', () => {
    expect(forbiddenClaims.map((c) => c.id)).toEqual(forbiddenClaims.map((_, i) => i + 1))
    for (const c of forbiddenClaims) expect(c.why.length).toBeGreaterThan(0)
  })

  it('returns the id, reason and matched text; tolerates odd input', () => {
    const [hit] = findForbidden('拨打95010')
    expect(hit).toEqual({ id: expect.any(Number), why: expect.any(String), match: '95010' })
    expect(findForbidden('')).toEqual([])
    expect(findForbidden(undefined as unknown as string)).toEqual([])
  })
})
