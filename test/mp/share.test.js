// Every page's share answers (FACTS M3, M9) on the production build: a title and path that
// make sense in a family group, images that really exist in the package, and nothing personal,
// even while a case full of personal details is stored on the phone.
const fs = require('fs')
const path = require('path')
const { bootApp, dist, storedCase, waitForText } = require('./harness')

const HOUR = 60 * 60 * 1000
const now = Date.now()

// Personal data a user may have typed in; none of it may reach a card.
const personal = {
  amountFen: 123456, // ¥1,234.56
  name: '张小明',
  wechatId: 'wxid_abc123xyz',
  transactionId: '4200001234567890123456789012',
  account: '6222021234567890',
}
const personalStrings = [
  personal.name,
  personal.wechatId,
  personal.transactionId,
  personal.account,
  '1234.56',
  '1,234.56',
  '123456',
  'c1', // the case id
]

const storage = {
  'tr:case:c1': storedCase(
    'c1',
    {
      method: 'chat',
      sentAt: now - HOUR,
      amountFen: personal.amountFen,
      arrival: 'delay24h',
      recipient: 'accepted',
      acceptedAt: now - HOUR / 2,
      cause: 'fraud',
    },
    { label: personal.name },
  ),
  'tr:details:c1': {
    v: 1,
    data: {
      recipientName: personal.name,
      recipientWechatId: personal.wechatId,
      transactionId: personal.transactionId,
      account: personal.account,
      story: `${personal.name}让我转${personal.amountFen / 100}元`,
    },
  },
}

// Queries a page may be opened with while the user is looking at their own case: the share card
// must still be the fixed one.
const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
const known = [
  ['home', 'pages/home/index', {}],
  ['status', 'pages/status/index', { id: 'c1', caseId: 'c1' }],
  ['countdown', 'pages/countdown/index', { id: 'c1', caseId: 'c1' }],
  ['checklist', 'pages/checklist/index', { scope: 'c1', caseId: 'c1', id: 'c1' }],
  ['prevention', 'pages/prevention/index', {}],
  ['about', 'pages/about/index', {}],
  ['scam-check', 'pages/scam-check/index', { paid: 'yes' }],
]
// Every page in the build, so a page added later is held to the same rules without editing this.
const pages = appJson.pages.map(
  (route) => known.find((p) => p[1] === route) || [route.split('/')[1], route, { id: 'c1' }],
)

function pngSize(file) {
  const bytes = fs.readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes: bytes.length }
}

/** An image path on a card must name a real PNG in the built package (FACTS M3: iOS crash). */
function expectPackagedImage(imageUrl, ratio) {
  expect(imageUrl).toMatch(/^\/assets\/share\/[a-z-]+\.png$/)
  const file = path.join(dist, imageUrl)
  expect(fs.existsSync(file)).toBe(true)
  const { width, height, bytes } = pngSize(file)
  expect(width / height).toBeCloseTo(ratio, 2)
  expect(bytes).toBeLessThan(40 * 1024)
}

/** Nothing personal: no digit runs, no money, no IDs, none of the stored details. */
function expectPrivate(...texts) {
  for (const text of texts) {
    expect(typeof text).toBe('string')
    expect(text).not.toMatch(/\d{3,}/)
    expect(text).not.toMatch(/[¥￥]|\d\s*元/)
    expect(text).not.toMatch(/@|wxid_/i)
    for (const secret of personalStrings) expect(text).not.toContain(secret)
  }
}

/** A query on a card: only a few known plain words. */
function expectSafeQuery(query) {
  if (query === '') return
  for (const pair of query.split('&')) expect(pair).toMatch(/^[a-z]{1,16}=[a-z0-9-]{1,24}$/i)
}

const app = bootApp({ storage })

afterAll(() => {
  global.wx.getLaunchOptionsSync = () => ({ path: 'pages/home/index', query: {}, scene: 1001 })
  global.wx.getEnterOptionsSync = global.wx.getLaunchOptionsSync
})

describe.each(pages)('%s', (name, route, query) => {
  test('answers 转发 with a family-group card that carries nothing personal', async () => {
    const page = await app.mount(route, query)
    await waitForText(page, '')
    expect(typeof page.page.onShareAppMessage).toBe('function') // enableShareAppMessage + hook
    const card = await page.page.onShareAppMessage({ from: 'menu' })
    expect(card).toEqual(expect.objectContaining({ title: expect.any(String) }))
    expect(card.title.length).toBeGreaterThanOrEqual(8)
    expect(card.title.length).toBeLessThanOrEqual(30)
    expect(card.path).toMatch(/^\/pages\/[a-z-]+\/index(\?.*)?$/)
    const [cardRoute, cardQuery = ''] = card.path.slice(1).split('?')
    expect(appJson.pages).toContain(cardRoute)
    expectSafeQuery(cardQuery)
    expectPrivate(card.title, card.path, card.imageUrl || '')
    page.unmount()
  })

  // Without imageUrl WeChat puts a screenshot of the page on the card, and this page is showing a
  // stored case's amount and label (FACTS M9). Every entry point must answer a bundled picture.
  test('every entry point answers a bundled picture, never a page screenshot', async () => {
    const page = await app.mount(route, query)
    await waitForText(page, '')
    const fromMenu = await page.page.onShareAppMessage({ from: 'menu' })
    const fromButton = await page.page.onShareAppMessage({ from: 'button', target: {} })
    for (const card of [fromMenu, fromButton]) {
      expect(card.imageUrl).toEqual(expect.any(String))
      expectPackagedImage(card.imageUrl, 5 / 4)
    }
    // 收藏 is in every page's menu, answered or not.
    expect(typeof page.page.onAddToFavorites).toBe('function')
    const favorite = await page.page.onAddToFavorites({ webViewUrl: '' })
    expect(favorite).toEqual({
      title: expect.any(String),
      imageUrl: expect.any(String),
      query: expect.any(String),
    })
    expectPackagedImage(favorite.imageUrl, 1)
    expectPrivate(favorite.title, favorite.query, favorite.imageUrl)
    expectSafeQuery(favorite.query)
    // Moments: either offered with a 1:1 picture, or not offered at all (Taro defines no handler
    // without enableShareTimeline, and WeChat then greys the menu item out).
    if (page.page.onShareTimeline) {
      const timeline = await page.page.onShareTimeline()
      expect(timeline.imageUrl).toEqual(expect.any(String))
      expectPackagedImage(timeline.imageUrl, 1)
    }
    page.unmount()
  })
})

test('the prevention card opens the family mode, with a 5:4 image', async () => {
  const page = await app.mount('pages/prevention/index')
  const card = await page.page.onShareAppMessage({ from: 'menu' })
  expect(card).toEqual({
    title: '给家人设置好这几项，转账更安全',
    path: '/pages/prevention/index?mode=family',
    imageUrl: '/assets/share/card.png',
  })
  // The share button answers the same card.
  expect(await page.page.onShareAppMessage({ from: 'button', target: {} })).toEqual(card)
  page.unmount()

  const opened = await app.mount('pages/prevention/index', { mode: 'family' })
  await waitForText(opened, '写给爸爸妈妈')
  opened.unmount()
})

test('the prevention guide answers 朋友圈 and 收藏 with a real 1:1 image and the family query', async () => {
  const page = await app.mount('pages/prevention/index')
  const timeline = await page.page.onShareTimeline()
  expect(timeline).toEqual({
    title: '给家人设置好这几项，转账更安全',
    query: 'mode=family',
    imageUrl: '/assets/share/favorite.png',
  })
  const favorite = await page.page.onAddToFavorites({ webViewUrl: '' })
  expect(favorite).toEqual({
    title: expect.any(String),
    imageUrl: '/assets/share/favorite.png',
    query: 'mode=family',
  })
  for (const answer of [timeline, favorite]) {
    expectPrivate(answer.title, answer.query, answer.imageUrl)
    expectSafeQuery(answer.query)
    expectPackagedImage(answer.imageUrl, 1)
  }
  page.unmount()
})

test('the checklist answers 朋友圈 with a safe query and a real 1:1 image', async () => {
  const page = await app.mount('pages/checklist/index', { scope: 'c1' })
  expect(typeof page.page.onShareTimeline).toBe('function') // enableShareTimeline + hook
  const timeline = await page.page.onShareTimeline()
  expect(timeline.title).toEqual(expect.any(String))
  expectSafeQuery(timeline.query || '')
  expectPrivate(timeline.title, timeline.query || '', timeline.imageUrl || '')
  if (timeline.imageUrl) expectPackagedImage(timeline.imageUrl, 1)
  page.unmount()
})

test('the scam check answers 朋友圈 and 收藏 with real 1:1 images and no query', async () => {
  const page = await app.mount('pages/scam-check/index', { paid: 'yes' })
  expect(typeof page.page.onShareTimeline).toBe('function') // enableShareTimeline + hook
  const answers = [await page.page.onShareTimeline(), await page.page.onAddToFavorites({})]
  for (const answer of answers) {
    expect(answer.query).toBe('')
    expectPrivate(answer.title, answer.query, answer.imageUrl)
    expectPackagedImage(answer.imageUrl, 1)
  }
  page.unmount()
})

test.each([
  ['pages/prevention/index', 'prevention'],
  ['pages/checklist/index', 'checklist'],
  ['pages/scam-check/index', 'scam-check'],
])('a Moments card for %s renders from its query alone, with empty storage', async (route) => {
  const probe = await app.mount(route)
  const timeline = probe.page.onShareTimeline ? await probe.page.onShareTimeline() : undefined
  probe.unmount()
  expect(timeline).toBeDefined()

  const saved = new Map(app.storage)
  app.storage.clear()
  const moments = { path: route, query: {}, scene: 1154 }
  global.wx.getLaunchOptionsSync = () => moments
  global.wx.getEnterOptionsSync = () => moments
  app.calls.length = 0
  try {
    const query = Object.fromEntries(new URLSearchParams(timeline.query || ''))
    const page = await app.mount(route, query)
    const titles = {
      prevention: '防范设置',
      checklist: '投诉报警清单',
      'scam-check': '转账前先停一下',
    }
    await waitForText(page, titles[route.split('/')[1]])
    // Nothing may try to navigate in single-page mode.
    expect(app.callsTo('navigateTo')).toEqual([])
    expect(app.callsTo('redirectTo')).toEqual([])
    expect(app.callsTo('switchTab')).toEqual([])
    page.unmount()
  } finally {
    for (const [k, v] of saved) app.storage.set(k, v)
    global.wx.getLaunchOptionsSync = () => ({ path: 'pages/home/index', query: {}, scene: 1001 })
    global.wx.getEnterOptionsSync = global.wx.getLaunchOptionsSync
  }
})
