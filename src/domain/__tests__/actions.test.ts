import { DAY, HOUR, MINUTE, type TransferCase } from '..'
import { NOW, actionIds, assess } from './cases'
import { actionTexts } from '../../content/actions'

const delayed = {
  recipient: 'accepted' as const,
  arrival: 'delay2h' as const,
  sentAt: NOW - HOUR,
  acceptedAt: NOW - HOUR,
}
const arrived = { recipient: 'accepted' as const, sentAt: NOW - HOUR }
const autoReturned = { sentAt: NOW - 2 * DAY }

describe('actions for each situation, most urgent first', () => {
  const rows: [string, Partial<TransferCase>, string[]][] = [
    [
      'mistaken, awaiting acceptance',
      { cause: 'mistaken' },
      ['ask-recipient-return', 'wait-auto-return'],
    ],
    [
      'mistaken, in delay',
      { cause: 'mistaken', ...delayed },
      ['complain-in-delay', 'save-evidence'],
    ],
    [
      'mistaken, arrived',
      { cause: 'mistaken', ...arrived },
      ['ask-recipient-return', 'save-evidence', 'civil-suit'],
    ],
    ['mistaken, auto returned', { cause: 'mistaken', ...autoReturned }, ['check-refund']],
    ['mistaken, returned', { cause: 'mistaken', recipient: 'returned' }, ['check-refund']],
    ['mistaken, unknown', { cause: 'mistaken', recipient: 'unknown' }, ['check-status']],
    [
      'fraud, 10 min ago, awaiting: 110 first',
      { cause: 'fraud', sentAt: NOW - 10 * MINUTE },
      [
        'call-110',
        'complain-user',
        'wait-auto-return',
        'save-evidence',
        'call-96110',
        'beware-recovery-scam',
      ],
    ],
    [
      'fraud, in delay, within 30 min: 110 before the complaint',
      { cause: 'fraud', ...delayed, sentAt: NOW - 10 * MINUTE, acceptedAt: NOW - 5 * MINUTE },
      [
        'call-110',
        'complain-in-delay',
        'complain-user',
        'save-evidence',
        'call-96110',
        'beware-recovery-scam',
      ],
    ],
    [
      'fraud, in delay, after 30 min: 110 still first, then the closing complaint window',
      { cause: 'fraud', ...delayed },
      [
        'call-110',
        'complain-in-delay',
        'complain-user',
        'save-evidence',
        'call-96110',
        'beware-recovery-scam',
      ],
    ],
    [
      'fraud, arrived',
      { cause: 'fraud', ...arrived },
      [
        'call-110',
        'complain-user',
        'save-evidence',
        'civil-suit',
        'call-96110',
        'beware-recovery-scam',
      ],
    ],
    [
      'fraud, past 24 h unaccepted: 110 stays first, then confirm the refund',
      { cause: 'fraud', ...autoReturned },
      [
        'call-110',
        'check-refund',
        'complain-user',
        'save-evidence',
        'call-96110',
        'beware-recovery-scam',
      ],
    ],
    [
      'account stolen, past 24 h unaccepted: freeze and 110 stay',
      { cause: 'account-stolen', ...autoReturned },
      ['freeze-account', 'call-110', 'check-refund', 'save-evidence', 'beware-recovery-scam'],
    ],
    [
      'mistaken, accepted at an unknown time, between earliest and latest arrival',
      { cause: 'mistaken', recipient: 'accepted', arrival: 'delay2h', sentAt: NOW - 3 * HOUR },
      ['complain-in-delay', 'check-status', 'save-evidence'],
    ],
    [
      'mistaken, accepted at an unknown time, before the earliest arrival',
      { cause: 'mistaken', recipient: 'accepted', arrival: 'delay2h', sentAt: NOW - HOUR },
      ['complain-in-delay', 'save-evidence'],
    ],
    [
      'fraud, returned: no 110, no complaint',
      { cause: 'fraud', recipient: 'returned' },
      ['check-refund', 'save-evidence', 'call-96110', 'beware-recovery-scam'],
    ],
    [
      'fraud, unknown, within 30 min',
      { cause: 'fraud', recipient: 'unknown', sentAt: NOW - MINUTE },
      [
        'call-110',
        'check-status',
        'complain-user',
        'save-evidence',
        'call-96110',
        'beware-recovery-scam',
      ],
    ],
    [
      'account stolen, arrived: freeze first, 110 right after',
      { cause: 'account-stolen', ...arrived },
      ['freeze-account', 'call-110', 'save-evidence', 'civil-suit', 'beware-recovery-scam'],
    ],
    [
      'account stolen, in delay',
      { cause: 'account-stolen', ...delayed },
      ['freeze-account', 'call-110', 'complain-in-delay', 'save-evidence', 'beware-recovery-scam'],
    ],
    [
      'account stolen, returned: still freeze',
      { cause: 'account-stolen', recipient: 'returned' },
      ['freeze-account', 'check-refund', 'save-evidence', 'beware-recovery-scam'],
    ],
    ['minor, awaiting', { cause: 'minor' }, ['minor-guardian', 'wait-auto-return']],
    [
      'minor, arrived',
      { cause: 'minor', ...arrived },
      ['minor-guardian', 'save-evidence', 'civil-suit'],
    ],
    [
      'minor, returned',
      { cause: 'minor', recipient: 'returned' },
      ['check-refund', 'minor-guardian'],
    ],
    ['other, awaiting: 110 offered plainly', { cause: 'other' }, ['call-110', 'wait-auto-return']],
    [
      'other, arrived: 110 offered plainly',
      { cause: 'other', ...arrived },
      ['call-110', 'save-evidence', 'civil-suit'],
    ],
    [
      'other, in delay: the closing complaint window before the plain 110',
      { cause: 'other', ...delayed },
      ['complain-in-delay', 'call-110', 'save-evidence'],
    ],
    [
      'phone, unknown recipient, delayed: in delay by the clock',
      { method: 'phone', recipient: 'unknown', arrival: 'delay24h', cause: 'mistaken' },
      ['complain-in-delay', 'save-evidence'],
    ],
  ]

  it.each(rows)('%s', (_name, c, ids) => {
    expect(actionIds(assess(c))).toEqual(ids)
  })

  it('keeps 110 first for fraud, urgent exactly until the 30 minutes are over', () => {
    const c = { cause: 'fraud' as const, ...delayed, sentAt: NOW - HOUR, acceptedAt: NOW - HOUR }
    const before = assess(c, NOW - 30 * MINUTE - 1).actions[0]
    const after = assess(c, NOW - 30 * MINUTE).actions[0]
    expect([before.id, after.id]).toEqual(['call-110', 'call-110'])
    expect(before.title).toBe(actionTexts['call-110'].title.urgent)
    expect(after.title).toBe(actionTexts['call-110'].title.plain)
  })
})

describe('action texts say what the facts say', () => {
  const action = (c: Partial<TransferCase>, id: string) => {
    const found = assess(c).actions.find((a) => a.id === id)
    if (!found) throw new Error(`no ${id}`)
    return [found.title, found.detail, ...(found.steps ?? [])].join('\n')
  }

  it('the in-delay complaint is a reviewed complaint with no guarantee (D3)', () => {
    const text = action(delayed, 'complain-in-delay')
    expect(text).toContain('审核')
    expect(text).toContain('没有保证')
    expect(text).toMatch(/账单[\s\S]*待入账[\s\S]*投诉/)
  })

  it('a mistaken pending transfer: do not send again, the recipient can tap 退还 (T3)', () => {
    const text = action({ cause: 'mistaken' }, 'wait-auto-return')
    expect(text).toContain('不要重新转账')
    expect(text).toContain('退还')
  })

  it('complaining about a person goes through 欺诈骗钱 (C2)', () => {
    expect(action({ cause: 'fraud' }, 'complain-user')).toContain('存在欺诈骗钱行为')
  })

  it('freezing uses 冻结账号 in 微信安全中心 (C4)', () => {
    expect(action({ cause: 'account-stolen' }, 'freeze-account')).toContain('冻结账号')
  })

  it('the automatic return gives T1 payback times and asks the user to confirm it', () => {
    const text = action(autoReturned, 'check-refund')
    expect(text).toContain('零钱')
    expect(text).toContain('0-3 个工作日')
    expect(text).toContain('确认')
    expect(text).toContain('约 24 小时')
    expect(text).not.toMatch(/已经自动退回给你|已自动退回给你/)
  })

  it('a recipient’s 退还 gets no payback times: no source gives them for it', () => {
    const text = action({ recipient: 'returned' }, 'check-refund')
    expect(text).toContain('零钱')
    expect(text).not.toContain('0-3 个工作日')
  })

  it('the status check quotes only the status texts the sources give, and hedges the rest', () => {
    const text = action({ recipient: 'unknown' }, 'check-status')
    expect(text).toContain('好友1天内未确认，将退还给你') // T1
    expect(text).toContain('资金将在2小时后存入对方零钱') // D2
    expect(text).toContain('以你看到的为准')
    expect(text).not.toContain('“待确认收款”')
  })

  it('past the earliest arrival, the status check says how to tell 待入账 from arrived (D3)', () => {
    const text = action(
      { recipient: 'accepted', arrival: 'delay2h', sentAt: NOW - 3 * HOUR },
      'check-status',
    )
    expect(text).toContain('待入账')
    expect(text).toContain('投诉')
  })

  it('fraud: 110 says what to do first, and sends nobody to a bank no source covers', () => {
    const text = action({ cause: 'fraud', sentAt: NOW - MINUTE }, 'call-110')
    expect(text.split('\n')[0]).toMatch(/^马上拨打 110/)
    expect(text).toContain('紧急止付')
    expect(text).not.toContain('银行的官方客服电话')
  })

  it('the civil route quotes 985’s exceptions as the statute has them, and L6', () => {
    const text = action({ cause: 'mistaken', ...arrived }, 'civil-suit')
    expect(text).toContain('明知自己没有债务还去“还债”')
    expect(text).not.toContain('明知不欠对方钱仍然付款')
    expect(text).toContain('转错账不属于这些例外，法院按“不当得利”受理')
    expect(text).toContain('还能不能另外起诉，请问律师或法院')
    expect(text).toContain('大额转账验证')
    expect(text).toMatch(/调查令（[\s\S]*财付通（/)
  })

  it('96110 is described as advice and warning, not for reporting a crime (C6)', () => {
    const text = action({ cause: 'fraud' }, 'call-96110')
    expect(text).toContain('不是报警电话')
    expect(text).toContain('110')
  })

  it('96110 never vouches for a caller: caller IDs can be faked (C6, F3-F5)', () => {
    const text = action({ cause: 'fraud' }, 'call-96110')
    expect(text).not.toMatch(/请接听|那是反诈劝阻电话/)
    expect(text).toContain('来电显示可以伪造')
    for (const never of ['转账', '验证码', '共享屏幕', 'App']) expect(text).toContain(never)
  })

  it('evidence includes the 交易单号 from 转账详情 (C8)', () => {
    expect(action({ cause: 'fraud' }, 'save-evidence')).toMatch(/转账详情[\s\S]*交易单号/)
  })

  it('the civil suit is for 不当得利 and does not hard-code a small-claims amount (L1, L4)', () => {
    const text = action(arrived, 'civil-suit')
    expect(text).toContain('不当得利')
    expect(text).not.toMatch(/小额诉讼[^。]*\d+\s*元/)
  })

  it('every action has a Chinese title and detail and at least one source', () => {
    const a = assess({ cause: 'fraud', ...arrived })
    for (const x of a.actions) {
      expect(x.title).toMatch(/[\u4e00-\u9fff]/)
      expect(x.detail).toMatch(/[\u4e00-\u9fff]/)
      expect(x.sourceIds.length).toBeGreaterThan(0)
    }
  })
})
