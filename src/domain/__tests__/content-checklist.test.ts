import {
  checklistFor,
  isScenario,
  settledStages,
  checklistInputForCase,
  checklistProgress,
  scenarioForCase,
  scenarios,
  type ChecklistGroup,
  type TransferStage,
} from '../checklist'
import { assessTransfer } from '../assess'
import { STAGES } from '../stage'
import { scenarioLabels, stageLabels as checklistStageLabels } from '../../content/labels'
import { CALLER_ID_LINE, REMINDER_LINE } from '../../content/lines'
import { NOW, makeCase } from './cases'

const ids = (groups: ChecklistGroup[]) => groups.flatMap((g) => g.items.map((i) => i.id))
const item = (groups: ChecklistGroup[], id: string) =>
  groups.flatMap((g) => g.items).find((i) => i.id === id)
const allStages: (TransferStage | undefined)[] = [undefined, ...STAGES]

describe('checklistFor', () => {
  it('every scenario has the four Chinese labels and a non-empty list', () => {
    expect(scenarioLabels).toEqual({
      fraud: '被骗',
      mistaken: '转错人',
      minor: '孩子误操作',
      'account-stolen': '账号被盗',
      'cross-border': '跨境',
    })
    for (const scenario of scenarios) {
      for (const stage of allStages) {
        const groups = checklistFor({ scenario, stage })
        expect(groups.length).toBeGreaterThan(0)
        for (const g of groups) expect(g.items.length).toBeGreaterThan(0)
      }
    }
  })

  it('item ids are stable kebab-case and unique in any one list', () => {
    for (const scenario of scenarios) {
      for (const stage of allStages) {
        for (const crossBorder of [false, true]) {
          const list = ids(checklistFor({ scenario, stage, crossBorder }))
          expect(new Set(list).size).toBe(list.length)
          for (const id of list) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        }
      }
    }
  })

  it('fraud puts the police first, with a call-110 item first', () => {
    const groups = checklistFor({ scenario: 'fraud' })
    expect(groups[0].id).toBe('police')
    expect(groups[0].items[0].id).toBe('call-110')
    expect(item(groups, 'call-110')?.call).toEqual({ number: '110', label: '拨打 110' })
    expect(ids(groups)).toEqual(
      expect.arrayContaining([
        'emergency-stop',
        'police-bring',
        'fraud-app',
        'report-anyway',
        'call-96110',
      ]),
    )
  })

  it('a mistaken transfer does not send the user to the police first (or at all)', () => {
    for (const stage of allStages) {
      const groups = checklistFor({ scenario: 'mistaken', stage })
      expect(groups[0].id).not.toBe('police')
      expect(groups.map((g) => g.id)).not.toContain('police')
      expect(ids(groups)).not.toContain('call-110')
    }
    expect(ids(checklistFor({ scenario: 'mistaken', stage: 'arrived' }))).toEqual(
      expect.arrayContaining([
        'ask-return',
        'civil-unjust-enrichment',
        'civil-limitation',
        'civil-court',
        'civil-small-claims',
      ]),
    )
  })

  it('the delay-window complaint only shows while the transfer is in the delay', () => {
    for (const scenario of scenarios) {
      const inDelay = checklistFor({ scenario, stage: 'in-delay' })
      expect(item(inDelay, 'delay-complaint')).toMatchObject({
        path: ['我', '服务', '钱包', '账单', '待入账的这笔转账', '投诉'],
      })
      expect(item(inDelay, 'delay-complaint')?.condition).toBeUndefined()
      for (const stage of [
        'awaiting-acceptance',
        'auto-returned',
        'arrived',
        'returned',
      ] as const) {
        expect(ids(checklistFor({ scenario, stage }))).not.toContain('delay-complaint')
      }
      // Without a known stage it is shown, with its condition.
      for (const stage of [undefined, 'unknown'] as const) {
        expect(item(checklistFor({ scenario, stage }), 'delay-complaint')?.condition).toMatch(
          /仅在延时到账期间/,
        )
      }
    }
  })

  it('in the delay, the complaint comes before evidence and the slower routes', () => {
    for (const scenario of scenarios) {
      const groups = checklistFor({ scenario, stage: 'in-delay' })
      const at = (id: string) => groups.findIndex((g) => g.items.some((i) => i.id === id))
      expect(at('delay-complaint')).toBeLessThan(at('evidence-transfer-detail'))
    }
  })

  it('the cross-border scenario opens with its caveat', () => {
    expect(checklistFor({ scenario: 'cross-border' })[0].id).toBe('cross-border')
  })

  it('pending-only items follow the stage', () => {
    const pending = ids(checklistFor({ scenario: 'mistaken', stage: 'awaiting-acceptance' }))
    expect(pending).toEqual(
      expect.arrayContaining(['dont-remind', 'wait-auto-return', 'ask-recipient-decline']),
    )
    expect(pending).not.toContain('civil-unjust-enrichment')
    const arrived = ids(checklistFor({ scenario: 'mistaken', stage: 'arrived' }))
    expect(arrived).not.toContain('dont-remind')
    expect(arrived).not.toContain('ask-recipient-decline')
    expect(ids(checklistFor({ scenario: 'mistaken', stage: 'auto-returned' }))).toContain(
      'check-auto-refund',
    )
    expect(ids(checklistFor({ scenario: 'mistaken', stage: 'returned' }))).toContain(
      'check-returned',
    )
    expect(ids(checklistFor({ scenario: 'mistaken' }))).not.toContain('check-returned')
  })

  it('account-stolen freezes the account first', () => {
    const groups = checklistFor({ scenario: 'account-stolen', stage: 'arrived' })
    expect(groups[0].items[0].id).toBe('freeze-account')
    expect(groups[0].items[0].path).toEqual([
      '我',
      '设置',
      '账号与安全',
      '微信安全中心',
      '冻结账号',
    ])
    expect(ids(groups)).toContain('call-110')
  })

  it('minor adds the guardian group and the minors complaint hint', () => {
    const groups = checklistFor({ scenario: 'minor' })
    expect(groups[0].id).toBe('guardian')
    expect(ids(groups)).toEqual(
      expect.arrayContaining(['guardian-youth-mode', 'minor-complaint-type']),
    )
    expect(groups[groups.length - 1].id).toBe('prevent')
    expect(ids(checklistFor({ scenario: 'fraud' }))).not.toContain('guardian-youth-mode')
  })

  it('the in-chat complaint carries the 存在欺诈骗钱行为 path', () => {
    expect(item(checklistFor({ scenario: 'fraud' }), 'complain-in-chat')?.path).toEqual([
      '聊天窗口',
      '右上角 ···',
      '投诉',
      '存在欺诈骗钱行为',
      '选择具体类型',
      '上传证据',
    ])
  })

  it('evidence items say where and why', () => {
    const evidence = checklistFor({ scenario: 'fraud' }).find((g) => g.id === 'evidence')
    expect(evidence).toBeDefined()
    for (const i of evidence!.items) {
      expect(i.where).toBeTruthy()
      expect(i.why).toBeTruthy()
    }
    expect(item(checklistFor({ scenario: 'fraud' }), 'evidence-transfer-detail')?.path).toEqual([
      '我',
      '服务',
      '钱包',
      '账单',
      '这笔转账',
      '转账详情',
    ])
  })

  it('cross-border adds its honest group to any scenario', () => {
    expect(checklistFor({ scenario: 'fraud' }).map((g) => g.id)).not.toContain('cross-border')
    expect(checklistFor({ scenario: 'fraud', crossBorder: true }).map((g) => g.id)).toContain(
      'cross-border',
    )
    const own = checklistFor({ scenario: 'cross-border', crossBorder: true })
    expect(own.filter((g) => g.id === 'cross-border')).toHaveLength(1)
  })

  it('the small-claims item hard-codes no amount', () => {
    const detail = item(checklistFor({ scenario: 'mistaken' }), 'civil-small-claims')?.detail ?? ''
    expect(detail).not.toMatch(/\d[\d,]*\s*元/)
    expect(detail).toMatch(/各省|每个省/)
  })
})

describe('checklistProgress', () => {
  it('counts only the items shown', () => {
    const groups = checklistFor({ scenario: 'fraud', stage: 'arrived' })
    const all = ids(groups)
    const p = checklistProgress(groups, [all[0], all[1], 'delay-complaint', 'nonsense', all[0]])
    expect(p).toEqual({ done: 2, total: all.length, label: `已完成 2/${all.length}` })
    expect(checklistProgress(groups, all).label).toBe(`已完成 ${all.length}/${all.length}`)
    expect(checklistProgress([], ['x'])).toEqual({ done: 0, total: 0, label: '已完成 0/0' })
  })

  it('a tick on the delay complaint counts while in the delay and not after', () => {
    const inDelay = checklistFor({ scenario: 'mistaken', stage: 'in-delay' })
    const arrived = checklistFor({ scenario: 'mistaken', stage: 'arrived' })
    expect(checklistProgress(inDelay, ['delay-complaint']).done).toBe(1)
    expect(checklistProgress(arrived, ['delay-complaint']).done).toBe(0)
  })
})

describe('scenario from a saved case', () => {
  it('follows the cause', () => {
    expect(scenarioForCase({ cause: 'fraud' })).toBe('fraud')
    expect(scenarioForCase({ cause: 'mistaken', crossBorder: true })).toBe('mistaken')
    expect(scenarioForCase({ cause: 'minor' })).toBe('minor')
    expect(scenarioForCase({ cause: 'account-stolen' })).toBe('account-stolen')
    expect(scenarioForCase({ cause: 'other' })).toBe('fraud')
    expect(scenarioForCase({ cause: 'unsure' })).toBe('fraud')
    expect(scenarioForCase({ cause: 'other', crossBorder: true })).toBe('cross-border')
  })

  it('carries the stage and the cross-border flag', () => {
    expect(checklistInputForCase({ cause: 'fraud', crossBorder: true }, 'in-delay')).toEqual({
      scenario: 'fraud',
      stage: 'in-delay',
      crossBorder: true,
    })
    const groups = checklistFor(
      checklistInputForCase({ cause: 'fraud', crossBorder: true }, 'in-delay'),
    )
    expect(ids(groups)).toEqual(expect.arrayContaining(['delay-complaint', 'xb-abroad']))
  })
})

describe('scope helpers for the page', () => {
  it('isScenario accepts the five generic names only', () => {
    for (const scenario of scenarios) expect(isScenario(scenario)).toBe(true)
    for (const bad of ['', '<script>', 'FRAUD', 'other', 'toString', undefined, 1, null]) {
      expect(isScenario(bad)).toBe(false)
    }
  })

  it('every stage has a short label; only a recorded return counts as settled', () => {
    for (const stage of STAGES) expect(checklistStageLabels[stage]).toMatch(/[\u4e00-\u9fff]/)
    expect(checklistStageLabels['in-delay']).toBe('延时到账中')
    // Past ~24 h the refund is expected, not seen (T1): the case stays open, and says "应".
    expect([...settledStages]).toEqual(['returned'])
    expect(checklistStageLabels['auto-returned']).toMatch(/^应/)
  })
})

describe('advice fixes: who to contact first, and one statement about 提醒对方收款', () => {
  const text = (g: ReturnType<typeof checklistFor>) =>
    g.flatMap((x) => x.items.map((i) => `${i.title}\n${i.detail}`)).join('\n')
  const index = (g: ReturnType<typeof checklistFor>, id: string) =>
    g.flatMap((x) => x.items).findIndex((i) => i.id === id)

  it('a child’s transfer: 110 and the 30-minute stop come before contacting the other side', () => {
    for (const stage of [undefined, 'awaiting-acceptance', 'arrived', 'unknown'] as const) {
      const groups = checklistFor({ scenario: 'minor', stage })
      const contact = Math.max(index(groups, 'ask-recipient-decline'), index(groups, 'ask-return'))
      expect(contact).toBeGreaterThan(-1)
      expect(index(groups, 'call-110-minor')).toBeLessThan(contact)
      expect(index(groups, 'emergency-stop')).toBeLessThan(contact)
      // The contact item itself says who it is for: someone the family knows.
      const asks = groups.flatMap((g) => g.items).filter((i) => i.id.startsWith('ask-'))
      for (const a of asks) expect(`${a.title}${a.detail}`).toMatch(/认识的人/)
    }
  })

  it('cross-border: police before anything else, no "请对方点退还" or "是我转错了" scripts (S1)', () => {
    for (const stage of [undefined, 'awaiting-acceptance', 'arrived'] as const) {
      const groups = checklistFor({ scenario: 'cross-border', stage })
      expect(groups.map((g) => g.id).slice(0, 2)).toEqual(['cross-border', 'police'])
      const all = ids(groups)
      expect(all).not.toContain('ask-recipient-decline')
      expect(all).not.toContain('ask-return')
      expect(all).not.toContain('evidence-return-requests')
      expect(text(groups)).not.toMatch(/转错了/)
    }
  })

  it('提醒对方收款: the checklist and the assessment say the same true sentence', () => {
    const dont = item(
      checklistFor({ scenario: 'fraud', stage: 'awaiting-acceptance' }),
      'dont-remind',
    )
    expect(dont?.detail).toContain(REMINDER_LINE.text)
    expect(dont?.detail).not.toMatch(/更快收下/)
    for (const cause of ['mistaken', 'fraud', 'other', 'minor'] as const) {
      const note = assessTransfer(makeCase({ cause }), NOW).notes.find(
        (n) => n.id === 'no-self-recall',
      )
      expect(note?.text).toContain(REMINDER_LINE.text)
      expect(note?.text).not.toMatch(/需要时可以提醒|只有“提醒对方收款”/)
    }
  })

  it('96110 never vouches for a caller, and no list sends the user to a bank no source covers', () => {
    const fraud = checklistFor({ scenario: 'fraud' })
    const c96110 = item(fraud, 'call-96110')
    expect(c96110?.detail).not.toMatch(/请接听/)
    expect(c96110?.detail).toContain(CALLER_ID_LINE.text)
    for (const scenario of scenarios)
      for (const stage of allStages)
        expect(text(checklistFor({ scenario, stage }))).not.toContain('银行的官方客服电话')
  })

  it('screen sharing, 验证码, 安全账户: 结束共享 (seconds), then 110, then password and freeze', () => {
    for (const scenario of ['fraud', 'account-stolen'] as const) {
      const s = item(checklistFor({ scenario }), 'screen-share-secure')
      expect(s?.detail).toMatch(/结束共享[\s\S]*110[\s\S]*支付密码[\s\S]*冻结账号/)
      expect(s?.sourceIds).toEqual(expect.arrayContaining(['F3', 'F4', 'F5', 'C4', 'C8']))
    }
  })

  it('plain words: 诉讼时效, and the 国家反诈中心 App’s 身份验真 and 诈骗预警 (C7)', () => {
    const mistaken = checklistFor({ scenario: 'mistaken', stage: 'arrived' })
    expect(item(mistaken, 'civil-limitation')?.title).toContain('诉讼时效')
    expect(text(mistaken)).not.toContain('起诉时效')
    expect(text(mistaken)).not.toContain('要证明你先请对方退还过')
    const app = item(checklistFor({ scenario: 'fraud' }), 'fraud-app')
    expect(app?.detail).toContain('身份验真')
    expect(app?.detail).toContain('诈骗预警')
  })

  it('a case past ~24 h unaccepted asks to confirm the refund and never says it is back', () => {
    const refund = item(
      checklistFor({ scenario: 'fraud', stage: 'auto-returned' }),
      'check-auto-refund',
    )
    expect(refund?.title).toContain('确认')
    expect(refund?.detail).toContain('约 24 小时')
    expect(refund?.detail).toContain('应该')
    // And a fraud keeps the police group.
    expect(ids(checklistFor({ scenario: 'fraud', stage: 'auto-returned' }))).toContain('call-110')
  })
})

/** Every word of a list's items. */
const everything = (groups: ChecklistGroup[]) =>
  groups
    .flatMap((g) => g.items.map((i) => [i.title, i.detail, i.where, i.why].join('\n')))
    .join('\n')

/** Where the first mention of each is, in the order the list shows its items. */
function position(groups: ChecklistGroup[], pattern: RegExp): number {
  const items = groups.flatMap((g) => g.items)
  return items.findIndex((i) => pattern.test(`${i.title}${i.detail}`))
}

describe('110 first once money has left and fraud is possible', () => {
  const policeFirst = ['fraud', 'minor', 'cross-border'] as const
  const firstPolice = (groups: ChecklistGroup[]) =>
    groups.flatMap((g) => g.items).findIndex((i) => i.call?.number === '110' || /110/.test(i.title))

  it.each(policeFirst)(
    '%s: a 110 item comes before 96110, passwords and freezing, in every stage',
    (scenario) => {
      for (const stage of allStages) {
        for (const crossBorder of [false, true]) {
          const groups = checklistFor({ scenario, stage, crossBorder })
          const police = firstPolice(groups)
          expect({ stage, police }).toEqual({ stage, police: expect.any(Number) })
          expect(police).toBeGreaterThanOrEqual(0)
          // Nothing before it but the guardian's "先报警" note (a child) or the cross-border caveat's own 110 point.
          expect(
            groups
              .flatMap((g) => g.items)
              .slice(0, police)
              .map((i) => i.id),
          ).toEqual(scenario === 'minor' ? ['guardian-handle'] : [])
          for (const later of [/96110/, /支付密码/, /冻结账号/]) {
            const at = position(groups, later)
            if (at >= 0)
              expect({ stage, later: String(later), after: at > police }).toEqual({
                stage,
                later: String(later),
                after: true,
              })
          }
        }
      }
    },
  )

  it('fraud: the police group and its 110 item lead; the account group (password, freeze) follows', () => {
    const order = checklistFor({ scenario: 'fraud', stage: 'arrived' }).map((g) => g.id)
    expect(order[0]).toBe('police')
    expect(order.indexOf('account')).toBeGreaterThan(order.indexOf('police'))
  })

  it('the 96110 item sends someone whose money has left to 110, and its button dials 110', () => {
    const c = item(checklistFor({ scenario: 'fraud' }), 'call-96110')
    expect(c?.title).toContain('直接打 110')
    expect(c?.detail).toMatch(/^钱已经转出、又怀疑被骗：马上打 110/)
    expect(c?.call).toEqual({ number: '110', label: '拨打 110' })
    expect(c?.sourceIds).toEqual(expect.arrayContaining(['C6', 'C8', 'L5']))
  })

  it('the 110 item says the police decide, counted from the transfer, and to end a shared screen first', () => {
    const c = item(checklistFor({ scenario: 'fraud' }), 'call-110')
    expect(c?.detail).toContain('不用先确定是不是诈骗')
    expect(c?.detail).toContain('转账后最初 30 分钟')
    expect(c?.detail).toMatch(/结束共享[\s\S]*再打/)
    expect(item(checklistFor({ scenario: 'fraud' }), 'emergency-stop')?.detail).toContain(
      '转账后最初 30 分钟',
    )
  })

  it('a child’s list names the fraud types the police list, with no frequency claim', () => {
    const c = item(checklistFor({ scenario: 'minor' }), 'call-110-minor')
    expect(c?.detail).toContain('公安部列出的常见诈骗')
    expect(c?.detail).not.toMatch(/多半|明星/)
    expect(c?.sourceIds).toEqual(expect.arrayContaining(['F1', 'F2']))
  })
})

describe('checklist wording per scenario', () => {
  it('a child’s list files a fraud complaint only against a stranger or someone who lured the child', () => {
    const c = item(checklistFor({ scenario: 'minor' }), 'complain-in-chat')
    expect(c?.title).toMatch(/^对方是陌生人或诱导孩子转钱的/)
    expect(c?.detail).toContain('不用投诉，请对方退还')
    expect(item(checklistFor({ scenario: 'fraud' }), 'complain-in-chat')?.title).toBe(
      '在聊天里投诉对方',
    )
    expect(item(checklistFor({ scenario: 'minor' }), 'minor-complaint-type')?.detail).not.toContain(
      '选项',
    )
  })

  it('a stolen account screenshots what the thief sent, not what "对方" said to the user', () => {
    const c = item(checklistFor({ scenario: 'account-stolen' }), 'evidence-chat')
    expect(c?.title).toContain('盗号的人用你的账号')
    expect(c?.detail).not.toContain('对方第一次联系你')
    expect(ids(checklistFor({ scenario: 'account-stolen' }))).not.toContain('evidence-after')
  })

  it('the evidence group no longer says "先截图", which would contradict police first', () => {
    const g = checklistFor({ scenario: 'fraud' }).find((x) => x.id === 'evidence')
    expect(g?.intro).not.toMatch(/^先/)
  })

  it('after a leaked 验证码 or a stolen account: check what is in your name (F8, hedged)', () => {
    for (const scenario of ['fraud', 'account-stolen'] as const) {
      const c = item(checklistFor({ scenario }), 'check-accounts-in-name')
      expect(c?.detail).toMatch(/一证通查[\s\S]*一键查卡[\s\S]*12381/)
      expect(c?.sourceIds).toEqual(['F8'])
    }
    expect(ids(checklistFor({ scenario: 'mistaken' }))).not.toContain('check-accounts-in-name')
  })

  it('the civil route: 985’s exceptions as the statute has them, plain glosses, and L6', () => {
    const groups = checklistFor({ scenario: 'mistaken', stage: 'arrived' })
    const all = everything(groups)
    expect(all).toContain('明知自己没有债务还去“还债”')
    expect(all).not.toContain('明知不欠对方钱仍然付款')
    expect(all).toContain('转错账不属于这些例外')
    for (const gloss of ['调查令（', '财付通（', '一审终审（', '标的额（', '诉讼时效是起诉的期限'])
      expect(all).toContain(gloss)
    expect(item(groups, 'civil-partial-name')?.sourceIds).toEqual(['L6'])
    const fraud = everything(checklistFor({ scenario: 'fraud' }))
    for (const gloss of ['数额较大', '治安案件（', '紧急止付是警方的紧急措施'])
      expect(fraud).toContain(gloss)
  })

  it('the 国家反诈中心 App: install it yourself from the phone’s own store, never from a link', () => {
    expect(item(checklistFor({ scenario: 'fraud' }), 'fraud-app')?.detail).toContain(
      '别人发来的链接、二维码里的“反诈 App”一律不装',
    )
  })
})
