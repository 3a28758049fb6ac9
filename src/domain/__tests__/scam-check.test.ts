import fc from 'fast-check'
import {
  checkScamSigns,
  isSourceId,
  scamSigns,
  scamStepActions,
  scamSteps,
  scamVerdictTexts,
  type ScamCheckResult,
  type ScamSignId,
  type ScamStepId,
} from '..'

const SIGN_IDS: ScamSignId[] = [
  'safe-account',
  'screen-share',
  'verification-code',
  'pay-to-refund',
  'loan-fee',
  'task-rebate',
  'investment-tip',
  'credit-repair',
  'urgent-acquaintance',
  'off-platform-deal',
  'recovery-service',
  'keep-secret',
]

/** Words that would tell the user the request is fine: never in any result (F9). */
const SAFE_WORDS =
  /安全的|是安全|很安全|放心|没问题|可以转|可以付|(?<!是)不是骗局|并非骗局|无风险|没有风险|可信的|正规的/

const stepIds = (r: ScamCheckResult) => r.steps.map((s) => s.id)

/** Every user-visible string of a result. */
const resultTexts = (r: ScamCheckResult) => [
  scamVerdictTexts[r.verdict].title,
  scamVerdictTexts[r.verdict].detail,
  ...r.matches.flatMap((m) => [m.scamType, m.why]),
  ...r.steps.flatMap((s) => [s.title, s.detail]),
]

describe('scamSigns', () => {
  it('lists the twelve signs in the agreed order', () => {
    expect(scamSigns.map((s) => s.id)).toEqual(SIGN_IDS)
  })

  it.each(scamSigns.map((s) => [s.id, s] as const))(
    '%s is a plain yes/no question with an example and known sources',
    (_id, s) => {
      expect(s.question).toMatch(/[\u4e00-\u9fff]/)
      expect(s.question.endsWith('？')).toBe(true)
      // A yes/no question: "是不是…", "…吗？", or "对方…" ending in a question mark, never "哪/什么".
      expect(s.question).not.toMatch(/哪|什么|多少|几/)
      expect(s.example.length).toBeGreaterThan(5)
      expect(s.example.length).toBeLessThanOrEqual(40)
      expect(s.scamType.length).toBeGreaterThan(0)
      expect(s.why.length).toBeGreaterThan(5)
      expect(s.sourceIds.length).toBeGreaterThan(0)
      for (const id of s.sourceIds) expect(isSourceId(id)).toBe(true)
    },
  )

  it('cites the sources the rules rest on', () => {
    const cites = (id: ScamSignId) => scamSigns.find((s) => s.id === id)!.sourceIds
    expect(cites('safe-account')).toEqual(expect.arrayContaining(['F1', 'F2', 'F3']))
    expect(cites('screen-share')).toContain('F4')
    expect(cites('verification-code')).toContain('F5')
    expect(cites('credit-repair')).toEqual(expect.arrayContaining(['F1', 'F7']))
    expect(cites('urgent-acquaintance')).toEqual(expect.arrayContaining(['F1', 'F6']))
    expect(cites('recovery-service')).toContain('S1')
    expect(cites('keep-secret')).toEqual(expect.arrayContaining(['F1', 'F3']))
  })

  it('names the police scam types (F1)', () => {
    const type = (id: ScamSignId) => scamSigns.find((s) => s.id === id)!.scamType
    expect(type('safe-account')).toBe('冒充公检法')
    expect(type('pay-to-refund')).toBe('冒充电商物流客服')
    expect(type('loan-fee')).toBe('虚假网络贷款')
    expect(type('task-rebate')).toBe('刷单返利')
    expect(type('investment-tip')).toMatch(/虚假网络投资理财/)
    expect(type('investment-tip')).toMatch(/网络婚恋交友/)
    expect(type('credit-repair')).toBe('虚假征信')
    expect(type('urgent-acquaintance')).toBe('冒充领导熟人')
    expect(type('off-platform-deal')).toMatch(/虚假购物服务/)
    expect(type('off-platform-deal')).toMatch(/网络游戏产品虚假交易/)
  })
})

describe('checkScamSigns: table', () => {
  const cases: {
    name: string
    signs: string[]
    paid?: boolean
    verdict: 'stop' | 'verify' | 'report'
    matches: ScamSignId[]
    steps: ScamStepId[]
  }[] = [
    {
      name: 'nothing given, not paid',
      signs: [],
      verdict: 'verify',
      matches: [],
      steps: ['verify-known-number', 'call-96110'],
    },
    {
      name: 'nothing given, paid: 110 first all the same, and no 96110 once money has left',
      signs: [],
      paid: true,
      verdict: 'report',
      matches: [],
      steps: ['call-110', 'check-transfer', 'verify-known-number'],
    },
    {
      name: 'one plain sign, not paid',
      signs: ['loan-fee'],
      verdict: 'stop',
      matches: ['loan-fee'],
      steps: ['dont-pay', 'verify-known-number', 'call-96110'],
    },
    {
      name: 'one plain sign, paid',
      signs: ['task-rebate'],
      paid: true,
      verdict: 'stop',
      matches: ['task-rebate'],
      steps: ['call-110', 'check-transfer'],
    },
    {
      name: 'screen sharing, not paid',
      signs: ['screen-share'],
      verdict: 'stop',
      matches: ['screen-share'],
      steps: [
        'dont-pay',
        'end-screen-share',
        'secure-account',
        'verify-known-number',
        'call-96110',
      ],
    },
    {
      name: 'screen sharing, paid: end the sharing (seconds), then 110, then the account',
      signs: ['screen-share'],
      paid: true,
      verdict: 'stop',
      matches: ['screen-share'],
      steps: ['end-screen-share', 'call-110', 'check-transfer', 'secure-account'],
    },
    {
      name: 'a verification code, not paid',
      signs: ['verification-code'],
      verdict: 'stop',
      matches: ['verification-code'],
      steps: ['dont-pay', 'secure-account', 'verify-known-number', 'call-96110'],
    },
    {
      name: 'code and screen: secure-account once',
      signs: ['verification-code', 'screen-share'],
      paid: true,
      verdict: 'stop',
      matches: ['screen-share', 'verification-code'],
      steps: ['end-screen-share', 'call-110', 'check-transfer', 'secure-account'],
    },
    {
      name: 'out of order, duplicated, unknown ids',
      signs: ['keep-secret', 'nope', 'safe-account', 'keep-secret', '', 'SAFE-ACCOUNT'],
      verdict: 'stop',
      matches: ['safe-account', 'keep-secret'],
      steps: ['dont-pay', 'verify-known-number', 'call-96110'],
    },
    {
      name: 'only unknown ids count as nothing',
      signs: ['toString', '__proto__', 'constructor', 'hasOwnProperty'],
      verdict: 'verify',
      matches: [],
      steps: ['verify-known-number', 'call-96110'],
    },
    {
      name: 'every sign',
      signs: [...SIGN_IDS].reverse(),
      paid: false,
      verdict: 'stop',
      matches: SIGN_IDS,
      steps: [
        'dont-pay',
        'end-screen-share',
        'secure-account',
        'verify-known-number',
        'call-96110',
      ],
    },
  ]

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = checkScamSigns(c.signs, c.paid === undefined ? {} : { alreadyPaid: c.paid })
    expect(r.verdict).toBe(c.verdict)
    expect(r.matches.map((m) => m.sign)).toEqual(c.matches)
    expect(stepIds(r)).toEqual(c.steps)
  })

  it('a match carries the sign, its scam type, why and its sources', () => {
    const [m] = checkScamSigns(['safe-account']).matches
    const sign = scamSigns[0]
    expect(m).toEqual({
      sign: 'safe-account',
      scamType: sign.scamType,
      why: sign.why,
      sourceIds: sign.sourceIds,
    })
  })

  it('a step carries id, title, detail and sources from the step table', () => {
    const r = checkScamSigns(['screen-share'], { alreadyPaid: true })
    for (const s of r.steps) {
      expect(Object.keys(s).sort()).toEqual(['detail', 'id', 'sourceIds', 'title'])
      expect(s).toEqual({ id: s.id, ...scamSteps[s.id] })
    }
  })

  it('the options may be left out; only alreadyPaid === true counts as paid', () => {
    expect(stepIds(checkScamSigns(['loan-fee']))[0]).toBe('dont-pay')
    for (const odd of [undefined, null, 'yes', 1, {}]) {
      const options = { alreadyPaid: odd } as unknown as { alreadyPaid?: boolean }
      expect(stepIds(checkScamSigns(['loan-fee'], options))[0]).toBe('dont-pay')
    }
    expect(stepIds(checkScamSigns([], null as unknown as {}))).toEqual([
      'verify-known-number',
      'call-96110',
    ])
  })

  it('odd input never throws', () => {
    for (const odd of [undefined, null, 'safe-account', 42, {}, [1, null, {}, ['x']]]) {
      const r = checkScamSigns(odd as unknown as string[])
      expect(r.verdict).toBe('verify')
      expect(r.matches).toEqual([])
    }
  })

  it('returns fresh objects: changing a result cannot change the tables', () => {
    const r = checkScamSigns(['safe-account', 'screen-share'], { alreadyPaid: true })
    r.matches[0].sourceIds.push('T1')
    r.steps[0].sourceIds.push('T1')
    const again = checkScamSigns(['safe-account', 'screen-share'], { alreadyPaid: true })
    expect(again.matches[0].sourceIds).toEqual(['F1', 'F2', 'F3'])
    expect(again.steps[0].sourceIds).toEqual(scamSteps['end-screen-share'].sourceIds)
  })
})

describe('checkScamSigns: properties', () => {
  const RUNS = { numRuns: 500 }
  const anyId = fc.oneof(
    fc.constantFrom(...SIGN_IDS),
    fc.constantFrom('', 'nope', 'toString', '__proto__', 'Safe-Account', 'screen share'),
    fc.string({ maxLength: 20 }),
  )
  const input = fc.record({
    signs: fc.array(anyId, { maxLength: 30 }),
    alreadyPaid: fc.option(fc.boolean(), { nil: undefined }),
  })
  const known = (signs: string[]) => SIGN_IDS.filter((id) => signs.includes(id))

  it('stop exactly when a known sign is given; matches are the distinct known signs in table order', () => {
    fc.assert(
      fc.property(input, ({ signs, alreadyPaid }) => {
        const r = checkScamSigns(signs, { alreadyPaid })
        const verdict = known(signs).length > 0 ? 'stop' : alreadyPaid ? 'report' : 'verify'
        expect(r.verdict).toBe(verdict)
        expect(r.matches.map((m) => m.sign)).toEqual(known(signs))
      }),
      RUNS,
    )
  })

  it('the order of the answers and repeats never change the result', () => {
    fc.assert(
      fc.property(input, fc.integer(), ({ signs, alreadyPaid }, seed) => {
        const shuffled = [...signs, ...signs].sort(
          (a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7),
        )
        expect(checkScamSigns(shuffled, { alreadyPaid })).toEqual(
          checkScamSigns(signs, { alreadyPaid }),
        )
      }),
      RUNS,
    )
  })

  it('steps follow the ordering rules', () => {
    fc.assert(
      fc.property(input, ({ signs, alreadyPaid }) => {
        const r = checkScamSigns(signs, { alreadyPaid })
        const ids = stepIds(r)
        expect(new Set(ids).size).toBe(ids.length)
        const given = known(signs)
        if (r.verdict === 'stop' && !alreadyPaid) {
          expect(ids[0]).toBe('dont-pay')
          expect(ids).toContain('verify-known-number')
          expect(ids).toContain('call-96110')
          expect(ids).not.toContain('check-transfer')
        }
        if (alreadyPaid) {
          // 110 first, with or without a sign; only ending a shared screen (seconds) goes before.
          const first = given.includes('screen-share')
            ? ['end-screen-share', 'call-110']
            : ['call-110']
          expect(ids.slice(0, first.length)).toEqual(first)
          expect(ids[first.length]).toBe('check-transfer')
          expect(ids).not.toContain('dont-pay')
          expect(ids).not.toContain('call-96110')
          if (ids.includes('secure-account'))
            expect(ids.indexOf('secure-account')).toBeGreaterThan(ids.indexOf('call-110'))
        }
        if (r.verdict === 'verify') {
          expect(alreadyPaid).not.toBe(true)
          expect(ids).toEqual(['verify-known-number', 'call-96110'])
        }
        if (r.verdict === 'report') {
          expect(given).toEqual([])
          expect(ids).toEqual(['call-110', 'check-transfer', 'verify-known-number'])
        }
        expect(ids.includes('end-screen-share')).toBe(given.includes('screen-share'))
        expect(ids.includes('secure-account')).toBe(
          given.includes('screen-share') || given.includes('verification-code'),
        )
      }),
      RUNS,
    )
  })

  it('every match and step cites sources that resolve, and no text says the request is safe', () => {
    fc.assert(
      fc.property(input, ({ signs, alreadyPaid }) => {
        const r = checkScamSigns(signs, { alreadyPaid })
        for (const item of [...r.matches, ...r.steps]) {
          expect(item.sourceIds.length).toBeGreaterThan(0)
          for (const id of item.sourceIds) expect(isSourceId(id)).toBe(true)
        }
        // The texts come from fixed tables; content-forbidden.test.ts runs the full scanner on them.
        for (const text of resultTexts(r)) expect(text).not.toMatch(SAFE_WORDS)
      }),
      RUNS,
    )
  })

  it('never mutates its input', () => {
    fc.assert(
      fc.property(input, ({ signs, alreadyPaid }) => {
        const copy = [...signs]
        checkScamSigns(signs, { alreadyPaid })
        expect(signs).toEqual(copy)
      }),
      { numRuns: 200 },
    )
  })
})

describe('verdicts, steps and actions', () => {
  it('there is no "safe" verdict, and the verify text says a check proves nothing (F9)', () => {
    expect(Object.keys(scamVerdictTexts).sort()).toEqual(['report', 'stop', 'verify'])
    expect(scamVerdictTexts.verify.sourceIds).toContain('F9')
    expect(scamVerdictTexts.verify.detail).toMatch(/不能证明/)
    // Paid with no sign: the list is incomplete (F9), so the verdict sends the user to 110.
    expect(scamVerdictTexts.report.sourceIds).toEqual(expect.arrayContaining(['F9', 'C8', 'L5']))
    expect(scamVerdictTexts.report.title).toContain('先报警')
    expect(scamVerdictTexts.report.detail).toMatch(/不能说明对方可信[\s\S]*110/)
    for (const v of Object.values(scamVerdictTexts)) {
      expect(`${v.title}${v.detail}`).not.toMatch(SAFE_WORDS)
    }
  })

  it('never says a call showing an official number is genuine (claim 11)', () => {
    const verify = scamSteps['verify-known-number'].detail
    expect(verify).toMatch(/110、96110/)
    expect(verify).toMatch(/伪造/)
    expect(verify).toMatch(/不会让你转账、要验证码、共享屏幕或装软件/)
  })

  it('96110 is for advice and 110 for reports (C6)', () => {
    expect(scamSteps['call-96110'].detail).toMatch(/劝阻和咨询/)
    expect(scamSteps['call-96110'].detail).toMatch(/请打 110/)
    expect(scamSteps['call-110'].sourceIds).toContain('C6')
    expect(scamSteps['call-110'].detail).toContain('不用先确定是不是诈骗')
  })

  it('a 刷单 victim who already paid is told to report, not that the money is lost (C8)', () => {
    const why = scamSigns.find((s) => s.id === 'task-rebate')!.why
    expect(why).not.toContain('拿不回来')
    expect(why).toContain('马上报警')
  })

  it('the status-check step names both routes, not one or the other', () => {
    expect(scamSteps['check-transfer'].detail).toContain('该投诉、该报警的，马上做')
    expect(scamSteps['check-transfer'].detail).not.toContain('还是要报警')
  })

  it('ending a screen share is done inside the meeting app (F4)', () => {
    expect(scamSteps['end-screen-share'].detail).toMatch(/结束共享/)
    expect(scamSteps['end-screen-share'].detail).toMatch(/切到别的应用/)
  })

  it('securing the account changes the password and names the freeze route (C4, P4)', () => {
    const d = scamSteps['secure-account']
    expect(d.detail).toMatch(/支付密码/)
    expect(d.detail).toMatch(/微信安全中心 → 冻结账号/)
    expect(d.sourceIds).toEqual(expect.arrayContaining(['C4', 'P4']))
  })

  it('only the calls and the status check have an action, with the right number', () => {
    expect(scamStepActions).toEqual({
      'call-110': { kind: 'call', number: '110', label: expect.stringContaining('110') },
      'call-96110': { kind: 'call', number: '96110', label: expect.stringContaining('96110') },
      'check-transfer': { kind: 'check-transfer', label: expect.any(String) },
    })
  })
})
