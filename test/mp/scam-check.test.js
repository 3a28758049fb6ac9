// 转账前先停一下 (the scam-sign check) on the production build: the questions, the verdict and its
// first button (dialling 110/96110, opening the status check), the steps, answers kept out of
// storage and out of every share card, Moments' single-page mode, 大字模式, screen-reader labels,
// and the ways in from home, the prevention guide and a fraud result of the status check.
const { bootApp, flush } = require('./harness')

const ROUTE = 'pages/scam-check/index'
const SIGN_IDS = [
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
const NOW = Date.UTC(2025, 10, 27, 6, 30)

jest.useFakeTimers({ now: NOW })
const app = bootApp()
const normalScene = { path: ROUTE, query: {}, scene: 1001 }

const settle = (rounds = 20) => flush(rounds)
const mounted = []
async function open(query, route = ROUTE) {
  const page = await app.mount(route, query)
  mounted.push(page)
  await settle()
  return page
}
const idOf = (node) => node._exparserNode.id
async function tap(page, selector) {
  await page.tap(selector)
  await settle()
}
const text = (page, selector) => {
  const node = page.query(selector)
  return node ? node.dom.textContent.replace(/\s+/g, ' ').trim() : ''
}
const stepIds = (page) =>
  page.queryAll('.scam-result__step').map((n) => idOf(n).replace(/^step-/, ''))

/** What the user answered, in a form that must never reach storage or a share card. */
async function answer(page, { paid, yes = [], no = [] }) {
  if (paid !== undefined) await tap(page, paid ? '#paid-yes' : '#paid-no')
  for (const id of yes) await tap(page, `#${id}-yes`)
  for (const id of no) await tap(page, `#${id}-no`)
}

beforeEach(() => {
  jest.setSystemTime(NOW)
  app.storage.clear()
  app.calls.length = 0
  global.wx.getLaunchOptionsSync = () => normalScene
  global.wx.getEnterOptionsSync = () => normalScene
})

afterEach(() => {
  // A failed test must not leave its page on the stack (openPage redirects once it is deep).
  for (const page of mounted.splice(0)) {
    try {
      page.unmount()
    } catch {
      // already unmounted by the test
    }
  }
})

afterAll(() => {
  global.wx.getLaunchOptionsSync = () => ({ path: 'pages/home/index', query: {}, scene: 1001 })
  global.wx.getEnterOptionsSync = global.wx.getLaunchOptionsSync
})

describe('the questions', () => {
  test('opened cold: "钱已经转出去了吗？" first, then every sign with big yes/no answers', async () => {
    const page = await open()
    expect(page.text()).toContain('转账前先停一下')
    expect(text(page, '#question-paid')).toContain('1. 钱已经转出去了吗？')
    expect(text(page, '#paid-yes')).toBe('已经转了')
    expect(text(page, '#paid-no')).toBe('还没转')
    SIGN_IDS.forEach((id, i) => {
      expect(text(page, `#question-${id}`)).toMatch(
        new RegExp(`^${i + 2}\\. .+？比如：“.+”是不是$`),
      )
      expect(text(page, `#${id}-yes`)).toBe('是')
      expect(text(page, `#${id}-no`)).toBe('不是')
    })
    // Rows come in table order.
    const rows = page.queryAll('.yes-no').map(idOf)
    expect(rows).toEqual(['question-paid', ...SIGN_IDS.map((id) => `question-${id}`)])
    expect(page.query('#scam-result')).toBeFalsy()
    expect(text(page, '#unanswered')).toContain('还有 12 题没选')
    page.unmount()
  })

  test('a chosen answer is marked with a tick and words, and can be changed', async () => {
    const page = await open()
    await tap(page, '#loan-fee-yes')
    expect(text(page, '#loan-fee-yes')).toBe('✓ 是')
    expect(text(page, '#loan-fee-no')).toBe('不是')
    await tap(page, '#loan-fee-no')
    expect(text(page, '#loan-fee-yes')).toBe('是')
    expect(text(page, '#loan-fee-no')).toBe('✓ 不是')
    expect(text(page, '#unanswered')).toContain('还有 11 题没选')
    page.unmount()
  })

  test('看结果 without the first answer asks for it in Chinese and shows no result', async () => {
    const page = await open()
    await tap(page, '#safe-account-yes')
    await tap(page, '#show-result')
    expect(text(page, '#paid-missing')).toContain('请先回答第 1 题')
    expect(page.query('#scam-result')).toBeFalsy()
    expect(app.callsTo('pageScrollTo').map((c) => c.opts.selector)).toEqual(['#question-paid'])
    await tap(page, '#paid-no')
    expect(page.query('#paid-missing')).toBeFalsy()
    await tap(page, '#show-result')
    expect(text(page, '#verdict-title')).toContain('停！这很像骗局')
    // The result is brought into view, verdict first.
    expect(app.callsTo('pageScrollTo').map((c) => c.opts.selector)).toEqual([
      '#question-paid',
      '#scam-result',
    ])
    page.unmount()
  })

  test('every control carries a screen-reader role and a name that says which question', async () => {
    const page = await open()
    await tap(page, '#screen-share-yes')
    const data = JSON.stringify(page.page.data)
    expect(data).toContain('"button"')
    // Each name begins with the caption the button shows, so voice control can say it.
    expect(data).toContain('是，第 3 题，已选')
    expect(data).toContain('不是，第 3 题')
    expect(data).toContain('已经转了，第 1 题')
    expect(data).toContain('看结果')
    page.unmount()
  })
})

describe('the result', () => {
  test('not paid, a 公检法 "safe account": stop, first 先别转钱, the button dials 96110', async () => {
    const page = await open()
    await answer(page, { paid: false, yes: ['safe-account'], no: ['loan-fee'] })
    await tap(page, '#show-result')
    expect(text(page, '#verdict-title')).toBe('⚠ 停！这很像骗局')
    expect(text(page, '#verdict')).toContain('第一步：先别转钱')
    expect(text(page, '#verdict')).toContain('接着：拿不准，打 96110 问一问')
    expect(text(page, '#match-safe-account')).toContain('冒充公检法')
    expect(text(page, '#match-safe-account')).toContain('没有“安全账户”')
    expect(page.query('#match-loan-fee')).toBeFalsy()
    expect(stepIds(page)).toEqual(['dont-pay', 'verify-known-number', 'call-96110'])
    expect(text(page, '#step-verify-known-number')).toContain('也可能是伪造的')
    expect(text(page, '#primary-action')).toBe('拨打 96110 咨询')
    await tap(page, '#primary-action')
    expect(app.callsTo('makePhoneCall').map((c) => c.opts.phoneNumber)).toEqual(['96110'])
    // Sources are shown under the verdict, each match and each step.
    expect(page.queryAll('.source-note').length).toBe(1 + 1 + 3)
    page.unmount()
  })

  test('paid, screen shared: end the sharing (seconds), then 110 (the button dials it), then the rest', async () => {
    const page = await open()
    await answer(page, { paid: true, yes: ['screen-share', 'keep-secret'] })
    await tap(page, '#show-result')
    expect(text(page, '#verdict')).toContain('第一步：马上结束共享屏幕')
    expect(text(page, '#verdict')).toContain('接着：马上打 110 报警')
    expect(text(page, '#primary-action')).toBe('拨打 110 报警')
    expect(stepIds(page)).toEqual([
      'end-screen-share',
      'call-110',
      'check-transfer',
      'secure-account',
    ])
    expect(page.queryAll('.card--danger').map(idOf)).toEqual([
      'match-screen-share',
      'match-keep-secret',
    ])
    expect(text(page, '#step-end-screen-share')).toContain('结束共享')
    expect(text(page, '#step-secure-account')).toContain('冻结账号')
    await tap(page, '#primary-action')
    expect(app.callsTo('makePhoneCall').map((c) => c.opts.phoneNumber)).toEqual(['110'])
    await tap(page, '#action-check-transfer')
    expect(app.callsTo('navigateTo').map((c) => c.opts.url)).toEqual(['/pages/status/index'])
    page.unmount()
  })

  test('no sign given: "verify", never "safe", with the known-number step', async () => {
    const page = await open()
    await answer(page, { paid: false, no: SIGN_IDS })
    await tap(page, '#show-result')
    expect(text(page, '#verdict-title')).toContain('没有对上常见说法，仍要先核实')
    expect(text(page, '#verdict')).toContain('不能证明对方可信')
    expect(stepIds(page)).toEqual(['verify-known-number', 'call-96110'])
    const result = text(page, '#scam-result')
    expect(result).not.toMatch(/安全的|是安全|放心|没问题|可以转|可以付|(?<!是)不是骗局/)
    expect(page.query('.card--danger')).toBeFalsy()
    page.unmount()
  })

  test('已经转了 with no sign: 110 first all the same, its button dials 110, and no 96110', async () => {
    const page = await open()
    await answer(page, { paid: true, no: SIGN_IDS })
    await tap(page, '#show-result')
    expect(text(page, '#verdict-title')).toContain('钱已经转出，又觉得不对劲：先报警')
    expect(text(page, '#verdict')).toContain('不能说明对方可信')
    expect(text(page, '#verdict')).toContain('第一步：马上打 110 报警')
    expect(stepIds(page)).toEqual(['call-110', 'check-transfer', 'verify-known-number'])
    expect(text(page, '#scam-result')).not.toMatch(/拨打 96110|安全的|放心|没问题/)
    await tap(page, '#primary-action')
    expect(app.callsTo('makePhoneCall').map((c) => c.opts.phoneNumber)).toEqual(['110'])
    await tap(page, '#action-check-transfer')
    expect(app.callsTo('navigateTo').map((c) => c.opts.url)).toEqual(['/pages/status/index'])
    page.unmount()
  })

  test('the result follows later answers, and 重新回答 clears everything', async () => {
    const page = await open()
    await answer(page, { paid: false })
    await tap(page, '#show-result')
    expect(text(page, '#verdict-title')).toContain('仍要先核实')
    await tap(page, '#verification-code-yes')
    expect(text(page, '#verdict-title')).toContain('停！')
    expect(stepIds(page)).toEqual([
      'dont-pay',
      'secure-account',
      'verify-known-number',
      'call-96110',
    ])
    await tap(page, '#reset-answers')
    expect(page.query('#scam-result')).toBeFalsy()
    expect(text(page, '#paid-yes')).toBe('已经转了')
    expect(text(page, '#verification-code-yes')).toBe('是')
    page.unmount()
  })

  test('opened from a fraud status result with paid=yes, the first question is answered', async () => {
    const page = await open({ paid: 'yes' })
    expect(text(page, '#paid-yes')).toBe('✓ 已经转了')
    await tap(page, '#show-result')
    expect(stepIds(page)[0]).toBe('call-110')
    page.unmount()

    const odd = await open({ paid: 'YES<script>' })
    expect(text(odd, '#paid-yes')).toBe('已经转了')
    expect(text(odd, '#paid-no')).toBe('还没转')
    odd.unmount()
  })
})

describe('privacy', () => {
  test('answering and reading the result store nothing and call no network API', async () => {
    const page = await open()
    await answer(page, { paid: true, yes: ['verification-code', 'urgent-acquaintance'] })
    await tap(page, '#show-result')
    expect([...app.storage.keys()]).toEqual([])
    for (const api of ['request', 'uploadFile', 'downloadFile', 'connectSocket']) {
      expect(app.callsTo(api)).toEqual([])
    }
    page.unmount()
  })

  test('share, Moments and favourites cards are fixed: no answer and no verdict reach them', async () => {
    const page = await open()
    const before = {
      share: await page.page.onShareAppMessage({ from: 'menu' }),
      timeline: await page.page.onShareTimeline(),
      favorite: await page.page.onAddToFavorites({ webViewUrl: '' }),
    }
    await answer(page, { paid: true, yes: ['safe-account', 'screen-share'] })
    await tap(page, '#show-result')
    const after = {
      share: await page.page.onShareAppMessage({ from: 'button', target: {} }),
      timeline: await page.page.onShareTimeline(),
      favorite: await page.page.onAddToFavorites({ webViewUrl: '' }),
    }
    expect(after).toEqual(before)
    expect(after.share).toEqual({
      title: '有人让你转钱？转账前先查是不是骗局',
      path: '/pages/scam-check/index',
      imageUrl: '/assets/share/scam-card.png',
    })
    expect(after.timeline).toEqual({
      title: '有人让你转钱？转账前先查是不是骗局',
      query: '',
      imageUrl: '/assets/share/scam-square.png',
    })
    expect(after.favorite).toEqual({
      title: '转账前先停一下：查查是不是骗局',
      query: '',
      imageUrl: '/assets/share/scam-square.png',
    })
    const all = JSON.stringify(after)
    for (const leak of ['paid', 'safe-account', 'screen-share', '很像', '冒充', '已经转', '110']) {
      expect(all).not.toContain(leak)
    }
    page.unmount()
  })

  test('opened from a share card (fresh install, nothing stored) it works end to end', async () => {
    const page = await open({})
    await answer(page, { paid: false, yes: ['task-rebate'] })
    await tap(page, '#show-result')
    expect(text(page, '#match-task-rebate')).toContain('刷单返利')
    page.unmount()
  })
})

describe("Moments' single-page mode", () => {
  const moments = { path: ROUTE, query: {}, scene: 1154 }

  test('renders from nothing, hides what would navigate, and gives numbers as text', async () => {
    global.wx.getLaunchOptionsSync = () => moments
    global.wx.getEnterOptionsSync = () => moments
    const page = await open({})
    await answer(page, { paid: true, yes: ['loan-fee'] })
    await tap(page, '#show-result')
    expect(text(page, '#primary-action')).toBe('请用手机拨打 110')
    expect(text(page, '#action-check-transfer')).toContain('打开转账急救箱小程序')
    expect(page.query('#share-scam-check')).toBeFalsy()
    await tap(page, '#primary-action')
    await tap(page, '#action-check-transfer')
    for (const note of page.queryAll('.source-note')) note.dispatchEvent('tap')
    await settle()
    for (const api of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'makePhoneCall']) {
      expect(app.callsTo(api)).toEqual([])
    }
    page.unmount()
  })
})

describe('大字模式', () => {
  test('follows the stored setting: larger font scale on the page', async () => {
    const normal = await open()
    const scaleOf = (page) =>
      Number(/--fs-scale:\s*([\d.]+)/.exec(page.query('.page-shell').dom.getAttribute('style'))[1])
    const base = scaleOf(normal)
    normal.unmount()
    app.storage.set('tr:settings', { v: 1, data: { largeText: true } })
    const large = await open()
    expect(scaleOf(large)).toBeCloseTo(base * 1.25, 2)
    expect(large.query('.page-shell--large')).toBeTruthy()
    // Flipping the switch here is the one thing this page ever writes.
    await tap(large, '#large-text-label')
    expect(app.storage.get('tr:settings').data.largeText).toBe(false)
    large.unmount()
  })
})

describe('ways in', () => {
  test('home: the card "还没转？先查是不是骗局" opens the check', async () => {
    const page = await open({}, 'pages/home/index')
    expect(text(page, '#open-scam-check')).toContain('还没转？先查是不是骗局')
    await tap(page, '#open-scam-check')
    expect(app.callsTo('navigateTo').map((c) => c.opts.url)).toEqual(['/pages/scam-check/index'])
    page.unmount()
  })

  test('the prevention tab, full guide and family version', async () => {
    const full = await open({}, 'pages/prevention/index')
    await tap(full, '#open-scam-check')
    full.unmount()
    const family = await open({ mode: 'family' }, 'pages/prevention/index')
    expect(text(family, '#open-scam-check')).toContain('先查是不是骗局')
    await tap(family, '#open-scam-check')
    family.unmount()
    expect(app.callsTo('navigateTo').map((c) => c.opts.url)).toEqual([
      '/pages/scam-check/index',
      '/pages/scam-check/index',
    ])
  })

  test('a fraud result of the status check offers it with paid=yes; other causes do not', async () => {
    const page = await open({}, 'pages/status/index')
    const fill = async (cause) => {
      await tap(page, '#method-phone')
      await tap(page, '#sent-now')
      await page.input('#amount', '800')
      await settle()
      await tap(page, '#arrival-instant')
      await tap(page, '#recipient-accepted')
      await tap(page, `#cause-${cause}`)
      await tap(page, '#submit-status')
    }
    await fill('mistaken')
    expect(page.query('#stage-result')).toBeTruthy()
    expect(page.query('#open-scam-check')).toBeFalsy()
    await tap(page, '#cause-fraud')
    await tap(page, '#submit-status')
    expect(text(page, '#open-scam-check')).toContain('对照常见骗局说法查一查')
    await tap(page, '#open-scam-check')
    expect(app.callsTo('navigateTo').map((c) => c.opts.url)).toEqual([
      '/pages/scam-check/index?paid=yes',
    ])
    page.unmount()
  })
})
