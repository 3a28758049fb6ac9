// The prevention guide on the production build: the nine items, saved done-marks, tap
// paths with a copy button, the family mode a share card opens, Moments' single-page mode, and
// 大字模式 changing the page's font scale.
const { bootApp, waitForText } = require('./harness')

const ROUTE = 'pages/prevention/index'
const ITEM_IDS = [
  'delayed-arrival',
  'payment-password',
  'security-center',
  'family-card',
  'youth-mode',
  'three-step-check',
  'spot-fake-service',
  'check-in-your-name',
  'alipay-delay',
]

const app = bootApp()
const normalScene = { path: ROUTE, query: {}, scene: 1001 }

function scaleOf(page) {
  const style = page.query('.page-shell').dom.getAttribute('style') || ''
  const m = /--fs-scale:\s*([\d.]+)/.exec(style)
  return m ? Number(m[1]) : NaN
}

function stored(key) {
  const value = app.storage.get(key)
  return value && value.data
}

beforeEach(() => {
  app.storage.clear()
  app.calls.length = 0
  global.wx.getLaunchOptionsSync = () => normalScene
  global.wx.getEnterOptionsSync = () => normalScene
})

describe('the full guide', () => {
  test('shows all nine settings with why, limits and the 已完成 0/9 progress', async () => {
    const page = await app.mount(ROUTE)
    await waitForText(page, '防范设置')
    expect(page.query('#progress').dom.textContent).toBe('已完成 0/9')
    for (const id of ITEM_IDS) expect(page.query(`#done-${id}`)).toBeTruthy()
    const text = page.text()
    for (const words of [
      '打开“延时到账”',
      '支付密码',
      '微信安全中心',
      '亲属卡不能用来转账、发红包',
      '青少年模式',
      '三步确认',
      '识别假“客服”',
      '支付宝',
      '找不到这个选项', // D4: what to do if the option is missing
      '不是每笔单独选', // D1: a standing setting
    ]) {
      expect(text).toContain(words)
    }
    // Medium-confidence advice is hedged (FACTS: anything below H).
    expect(text).toContain('以微信客户端实际显示为准')
    page.unmount()
  })

  test('draws the D1 tap path as numbered steps and copies it', async () => {
    const page = await app.mount(ROUTE)
    const steps = page
      .queryAll('.tap-path__name')
      .slice(0, 5)
      .map((n) => n.dom.textContent)
    expect(steps).toEqual(['我', '服务', '右上角 ···', '支付设置', '转账到账时间'])
    await page.tap('#copy-path-delayed-arrival')
    const copies = app.callsTo('setClipboardData')
    expect(copies).toHaveLength(1)
    expect(copies[0].opts.data).toBe('我 → 服务 → 右上角 ··· → 支付设置 → 转账到账时间')
    expect(app.callsTo('showToast').map((c) => c.opts.title)).toContain('已复制操作路径')
    // Habits have steps instead of a path, so no copy button.
    expect(page.query('#copy-path-three-step-check')).toBeFalsy()
    expect(page.query('#copy-path-youth-mode')).toBeTruthy()
    page.unmount()
  })

  test('done-marks are saved and still there after the page is opened again', async () => {
    let page = await app.mount(ROUTE)
    await page.tap('#done-delayed-arrival')
    await page.tap('#done-youth-mode')
    await page.tap('#done-alipay-delay')
    expect(page.query('#progress').dom.textContent).toBe('已完成 3/9')
    expect(page.query('#done-youth-mode').dom.textContent).toContain('已设置')
    expect(stored('tr:prevention')).toEqual(['delayed-arrival', 'youth-mode', 'alipay-delay'])
    page.unmount()

    page = await app.mount(ROUTE)
    expect(page.query('#progress').dom.textContent).toBe('已完成 3/9')
    expect(page.query('#done-youth-mode').dom.textContent).toBe('✓ 已设置')
    expect(page.query('#done-family-card').dom.textContent).toBe('标记已设置')
    expect(page.query('#done-three-step-check').dom.textContent).toBe('标记已记住')
    // Untick one.
    await page.tap('#done-youth-mode')
    expect(page.query('#progress').dom.textContent).toBe('已完成 2/9')
    expect(stored('tr:prevention')).toEqual(['delayed-arrival', 'alipay-delay'])
    page.unmount()
  })

  test('a source note opens the 依据与隐私 page at that source', async () => {
    const page = await app.mount(ROUTE)
    const note = page.query('.source-note__toggle')
    expect(note).toBeTruthy()
    note.dispatchEvent('tap')
    await waitForText(page, '防范设置')
    const nav = app.callsTo('navigateTo')
    expect(nav).toHaveLength(1)
    expect(nav[0].opts.url).toBe('/pages/about/index?source=D1')
    page.unmount()
  })
})

describe('family mode', () => {
  test('?mode=family shows the short version in big type, and the full guide on request', async () => {
    const page = await app.mount(ROUTE, { mode: 'family' })
    await waitForText(page, '写给爸爸妈妈')
    const lines = page.queryAll('.family-guide__text').map((n) => n.dom.textContent)
    expect(lines.length).toBeGreaterThanOrEqual(4)
    // Which number to call: the one saved on the phone, never one the message gives (P5, F6).
    expect(lines.join('')).toContain('打您手机里存的号码问本人')
    expect(lines.join('')).toContain('不要打消息里给的号码')
    expect(lines.join('')).toContain('95017')
    // The three instructions scammers give elders most (F5, F3, F4).
    for (const word of ['验证码', '安全账户', '共享屏幕']) expect(lines.join('')).toContain(word)
    expect(lines.join('')).not.toContain('别慌')
    expect(page.query('#full-guide')).toBeFalsy()
    expect(page.text()).toContain('防范设置')
    await page.tap('#show-full-guide')
    expect(page.query('#full-guide')).toBeTruthy()
    expect(page.query('#progress').dom.textContent).toBe('已完成 0/9')
    await page.tap('#show-family-guide')
    expect(page.query('#family-mode')).toBeTruthy()
    page.unmount()
  })

  test.each([[{ mode: 'FAMILY' }], [{ mode: 'family ' }], [{ mode: 'x' }], [{ other: 'family' }]])(
    'an unexpected query %j falls back to the full guide',
    async (query) => {
      const page = await app.mount(ROUTE, query)
      await waitForText(page, '已完成 0/9')
      expect(page.query('#family-mode')).toBeFalsy()
      page.unmount()
    },
  )
})

describe("Moments' single-page mode (scene 1154)", () => {
  test('renders the family guide from the query alone, with empty storage and no links', async () => {
    const moments = { path: ROUTE, query: { mode: 'family' }, scene: 1154 }
    global.wx.getLaunchOptionsSync = () => moments
    global.wx.getEnterOptionsSync = () => moments
    expect(app.storage.size).toBe(0)

    const page = await app.mount(ROUTE, { mode: 'family' })
    await waitForText(page, '写给爸爸妈妈')
    expect(page.query('#single-page-hint')).toBeTruthy()
    // Navigation is impossible there: no links, no share button, no call buttons.
    expect(page.query('#open-about')).toBeFalsy()
    expect(page.query('#share-to-family')).toBeFalsy()
    expect(page.query('#call-110')).toBeFalsy()
    // Source notes are shown, but tapping them goes nowhere.
    page.query('.source-note__toggle').dispatchEvent('tap')
    await page.tap('#show-full-guide')
    expect(page.query('#progress').dom.textContent).toBe('已完成 0/9')
    page.query('.source-note__toggle').dispatchEvent('tap')
    await waitForText(page, '已完成 0/9')
    expect(app.callsTo('navigateTo')).toHaveLength(0)
    expect(app.callsTo('switchTab')).toHaveLength(0)
    expect(app.callsTo('redirectTo')).toHaveLength(0)
    page.unmount()
  })

  test('a broken launch-options API is treated as the normal app', async () => {
    global.wx.getLaunchOptionsSync = () => {
      throw new Error('not supported')
    }
    global.wx.getEnterOptionsSync = undefined
    const page = await app.mount(ROUTE)
    await waitForText(page, '已完成 0/9')
    expect(page.query('#open-about')).toBeTruthy()
    page.unmount()
  })
})

describe('大字模式', () => {
  test('the switch saves largeText and scales the page by 1.25 (WeChat standard size 17)', async () => {
    let page = await app.mount(ROUTE)
    expect(scaleOf(page)).toBe(1)
    await page.tap('#large-text-switch')
    expect(stored('tr:settings')).toEqual({ largeText: true })
    expect(scaleOf(page)).toBe(1.25)
    page.unmount()

    // Saved: the next page opened starts large.
    page = await app.mount(ROUTE)
    expect(scaleOf(page)).toBe(1.25)
    await page.tap('#large-text-switch')
    expect(stored('tr:settings')).toEqual({ largeText: false })
    expect(scaleOf(page)).toBe(1)
    // The whole row is the switch: a tap anywhere on it toggles again.
    await page.tap('#large-text-switch')
    expect(stored('tr:settings')).toEqual({ largeText: true })
    page.unmount()
  })

  test("follows WeChat's own font size: at fontSizeSetting 20 the scale is larger", async () => {
    const original = global.wx.getAppBaseInfo
    global.wx.getAppBaseInfo = () => ({ ...original(), fontSizeSetting: 20 })
    try {
      const page = await app.mount(ROUTE)
      const system = scaleOf(page)
      expect(system).toBeGreaterThan(1)
      await page.tap('#large-text-switch')
      expect(scaleOf(page)).toBeGreaterThan(1.25)
      expect(scaleOf(page)).toBeCloseTo(system * 1.25, 1)
      page.unmount()
    } finally {
      global.wx.getAppBaseInfo = original
    }
  })
})
