import { DAY, HOUR, MINUTE, type TransferCase } from '..'
import { NOW, actionIds, assess } from './cases'

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
      'fraud, in delay, after 30 min: the closing complaint window first',
      { cause: 'fraud', ...delayed },
      [
        'complain-in-delay',
        'call-110',
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
      'fraud, auto returned: no 110 action',
      { cause: 'fraud', ...autoReturned },
      ['check-refund', 'complain-user', 'save-evidence', 'call-96110', 'beware-recovery-scam'],
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
    ['other, awaiting', { cause: 'other' }, ['wait-auto-return']],
    ['other, arrived', { cause: 'other', ...arrived }, ['save-evidence', 'civil-suit']],
    [
      'phone, unknown recipient, delayed: in delay by the clock',
      { method: 'phone', recipient: 'unknown', arrival: 'delay24h', cause: 'mistaken' },
      ['complain-in-delay', 'save-evidence'],
    ],
  ]

  it.each(rows)('%s', (_name, c, ids) => {
    expect(actionIds(assess(c))).toEqual(ids)
  })

  it('moves 110 from first place exactly when the 30 minutes are over', () => {
    const c = { cause: 'fraud' as const, ...delayed, sentAt: NOW - HOUR, acceptedAt: NOW - HOUR }
    expect(actionIds(assess(c, NOW - 30 * MINUTE - 1))[0]).toBe('call-110')
    expect(actionIds(assess(c, NOW - 30 * MINUTE))[0]).toBe('complain-in-delay')
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

  it('the refund check gives the payback times (T1)', () => {
    const text = action({ recipient: 'returned' }, 'check-refund')
    expect(text).toContain('零钱')
    expect(text).toContain('0-3 个工作日')
  })

  it('the status check quotes the status texts the user will see', () => {
    const text = action({ recipient: 'unknown' }, 'check-status')
    for (const shown of [
      '待对方确认收款',
      '待确认收款',
      '已收款',
      '已退还',
      '好友1天内未确认，将退还给你',
      '资金将在2小时后存入对方零钱',
    ]) {
      expect(text).toContain(shown)
    }
  })

  it('96110 is described as advice and warning, not for reporting a crime (C6)', () => {
    const text = action({ cause: 'fraud' }, 'call-96110')
    expect(text).toContain('不是报警电话')
    expect(text).toContain('110')
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
