// 首页 on the production build: the first action, the labelled emergency numbers, saved cases
// (newest first, stage and a live countdown), deleting one, and a damaged store that must not
// break the page.
const { bootApp, flush, recordSetData, storedCase, waitForText } = require('./harness')

const ROUTE = 'pages/home/index'
const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
// 2025-11-27 14:30 Beijing time (jest pins TZ=Asia/Shanghai).
const NOW = Date.UTC(2025, 10, 27, 6, 30)

const stored = (id, at, transfer, label) => storedCase(id, transfer, { at, label })

// Older: a chat transfer to the wrong person, not yet accepted (auto-return in 23:35:00).
const pendingCase = stored('c1', NOW - 25 * MINUTE, {
  method: 'chat',
  sentAt: NOW - 25 * MINUTE,
  amountFen: 50000,
  arrival: 'instant',
  recipient: 'pending',
  cause: 'mistaken',
})
// Newer: a phone-number transfer to a scammer, already in their 零钱 (30-minute window running).
const fraudCase = stored(
  'c2',
  NOW - 10 * MINUTE,
  {
    method: 'phone',
    sentAt: NOW - 10 * MINUTE,
    amountFen: 123456,
    arrival: 'instant',
    recipient: 'accepted',
    cause: 'fraud',
  },
  '冒充客服',
)

jest.useFakeTimers({ now: NOW })
const app = bootApp()

const settle = (rounds = 20) => flush(rounds)
async function open() {
  const page = await app.mount(ROUTE)
  await settle()
  return page
}
async function tap(page, selector) {
  await page.tap(selector)
  await settle()
}
const labels = (page) => page.queryAll('.case-card__label').map((n) => n.dom.textContent)
/** Counts the page's setData calls (n) and their bytes from now on. */
function countUpdates(page) {
  const calls = recordSetData(page)
  return {
    get n() {
      return calls.length
    },
    get bytes() {
      return calls.reduce((sum, c) => sum + c.bytes, 0)
    },
  }
}

function seed(entries) {
  app.storage.clear()
  for (const [k, v] of Object.entries(entries)) app.storage.set(k, JSON.parse(JSON.stringify(v)))
}

beforeEach(() => {
  jest.setSystemTime(NOW)
  app.storage.clear()
  app.calls.length = 0
  app.override('showModal', undefined)
})

test('shows the first action, and tapping it opens the status check', async () => {
  const page = await open()
  await waitForText(page, '转账急救箱')
  expect(page.text()).toContain('转错人或其他情况？先查状态')
  await tap(page, '#start-check')
  expect(app.callsTo('navigateTo').map((c) => c.opts.url)).toEqual(['/pages/status/index'])
  page.unmount()
})

test('the emergency bar dials 110, 96110 and 95017, each labelled for what it is for', async () => {
  const page = await open()
  const text = page.text()
  expect(text).toMatch(/110\s*报警/)
  expect(text).toMatch(/96110\s*反诈咨询/)
  expect(text).toContain('不是报案电话')
  expect(text).toMatch(/95017\s*微信支付客服/)
  expect(text).toContain('请自己拨打')
  for (const number of ['110', '96110', '95017']) await tap(page, `#call-${number}`)
  expect(app.callsTo('makePhoneCall').map((c) => c.opts.phoneNumber)).toEqual([
    '110',
    '96110',
    '95017',
  ])
  page.unmount()
})

test('with nothing saved it says so, and offers the checklist, prevention and about', async () => {
  const page = await open()
  expect(page.query('#cases-empty')).toBeTruthy()
  expect(page.text()).toContain('还没有保存的转账记录')
  expect(page.query('#quarantine-note')).toBeFalsy()
  await tap(page, '#open-checklist')
  await tap(page, '#open-prevention')
  expect(app.callsTo('switchTab').map((c) => c.opts.url)).toEqual([
    '/pages/checklist/index',
    '/pages/prevention/index',
  ])
  await tap(page, '#open-about')
  expect(app.callsTo('navigateTo').map((c) => c.opts.url)).toEqual(['/pages/about/index'])
  page.unmount()
})

test('two saved cases show newest first, with stage and a countdown that ticks', async () => {
  seed({ 'tr:case:c1': pendingCase, 'tr:case:c2': fraudCase })
  const page = await open()
  await waitForText(page, '冒充客服')

  // The user's own label wins; without one a label is made from method, amount and time.
  expect(labels(page)).toEqual(['冒充客服', '聊天转账 ¥500.00 · 11-27 14:05'])
  const textOf = (id) => page.query(`#case-${id}`).dom.textContent.replace(/\s+/g, ' ')

  expect(textOf('c2')).toContain('钱已进对方零钱')
  expect(textOf('c2')).toContain('转账后最初 30 分钟：报警紧急止付最关键：还剩 00:20:00')
  expect(textOf('c1')).toContain('等待对方收款')
  expect(textOf('c1')).toContain('对方不收款时自动退回：还剩 23:35:00')

  const updates = countUpdates(page)
  jest.advanceTimersByTime(5000)
  await settle()
  // One setData a second for the whole list, carrying only the changed countdown texts.
  expect(updates.n).toBe(5)
  expect(updates.bytes / updates.n).toBeLessThan(300)
  expect(textOf('c2')).toContain('还剩 00:19:55')
  expect(textOf('c1')).toContain('还剩 23:34:55')

  // Past the 30-minute window, the card moves on to the next window (an estimate: a date).
  jest.advanceTimersByTime(20 * MINUTE)
  await settle()
  expect(textOf('c2')).not.toContain('30 分钟')
  expect(textOf('c2')).toMatch(/起诉的诉讼时效（约 3 年，估算）：约 2028-11-27 前/)

  await tap(page, '#case-open-c1')
  await tap(page, '#case-more-c2')
  expect(app.callsTo('navigateTo').map((c) => c.opts.url)).toEqual([
    '/pages/countdown/index?id=c1',
    '/pages/countdown/index?id=c2',
  ])
  page.unmount()
})

test('the ticker stops while the page is hidden and catches up when shown again', async () => {
  seed({ 'tr:case:c1': pendingCase })
  const page = await open()
  await waitForText(page, '还剩 23:35:00')
  const updates = countUpdates(page)
  await page.hide()
  jest.advanceTimersByTime(HOUR)
  await settle()
  expect(updates.n).toBe(0)
  await page.show()
  await waitForText(page, '还剩 22:35:00')
  page.unmount()
})

test('with no window left to count down, no ticker runs', async () => {
  seed({
    'tr:case:c3': stored('c3', NOW - 3 * HOUR, {
      method: 'chat',
      sentAt: NOW - 3 * HOUR,
      amountFen: 800,
      arrival: 'instant',
      recipient: 'returned',
      cause: 'mistaken',
    }),
  })
  const page = await open()
  await waitForText(page, '对方已退还')
  const updates = countUpdates(page)
  jest.advanceTimersByTime(10_000)
  await settle()
  expect(updates.n).toBe(0)
  page.unmount()
})

test('deleting asks first; cancelling keeps the case, confirming removes it', async () => {
  seed({
    'tr:case:c1': pendingCase,
    'tr:case:c2': fraudCase,
    'tr:checklist:c1': { v: 1, data: [] },
  })
  const page = await open()
  await waitForText(page, '冒充客服')

  await tap(page, '#case-delete-c1')
  expect(app.callsTo('showModal')).toHaveLength(1)
  expect(app.storage.has('tr:case:c1')).toBe(true)
  expect(page.query('#case-c1')).toBeTruthy()

  app.override('showModal', () => ({ errMsg: 'showModal:ok', confirm: true, cancel: false }))
  await tap(page, '#case-delete-c1')
  await settle()
  expect(app.storage.has('tr:case:c1')).toBe(false)
  expect(app.storage.has('tr:checklist:c1')).toBe(false)
  expect(app.storage.has('tr:case:c2')).toBe(true)
  expect(page.query('#case-c1')).toBeFalsy()
  expect(page.query('#case-c2')).toBeTruthy()
  expect(app.callsTo('navigateTo')).toHaveLength(0)
  page.unmount()
})

test('a damaged store still shows the page, the valid case, and a calm note', async () => {
  seed({
    'tr:case:bad': 'not json{',
    'tr:case:x': { v: 99, data: {} },
    'tr:settings': 42,
    'tr:case:c1': pendingCase,
  })
  const page = await open()
  await waitForText(page, '转账急救箱')
  expect(labels(page)).toEqual(['聊天转账 ¥500.00 · 11-27 14:05'])
  expect(page.text()).toContain('等待对方收款')
  const note = page.query('#quarantine-note')
  expect(note).toBeTruthy()
  expect(note.dom.textContent).toMatch(/有 3 条无法读取的记录已被单独保存，详见依据与隐私/)
  await tap(page, '#quarantine-note')
  expect(app.callsTo('navigateTo').map((c) => c.opts.url)).toEqual(['/pages/about/index'])
  page.unmount()
})

test('sharing the home page sends the fixed card, with nothing personal on it', async () => {
  seed({ 'tr:case:c2': fraudCase })
  const page = await open()
  const card = page.page.onShareAppMessage({ from: 'menu' })
  expect(card.path).toBe('/pages/home/index')
  expect(card.title).not.toMatch(/\d{3,}|¥|冒充客服/)
  page.unmount()
})

test('someone who was cheated is one tap from 110, before any question', async () => {
  const page = await open()
  await waitForText(page, '转账急救箱')
  expect(page.text()).toContain('被骗了？先打 110 报警')
  await tap(page, '#home-call-110')
  expect(app.callsTo('makePhoneCall').map((c) => c.opts.phoneNumber)).toEqual(['110'])
  expect(app.callsTo('navigateTo')).toHaveLength(0)
  page.unmount()
})
