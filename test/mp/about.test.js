// The 依据与隐私 page on the production build: every source with its publisher, date and
// confidence; the disclaimer and privacy promise; what storage set aside; 清除所有数据 with a
// confirmation; and `?source=<id>` from a SourceNote tap.
const fs = require('fs')
const path = require('path')
const { bootApp, flush, storedCase, waitForText } = require('./harness')

const ROUTE = 'pages/about/index'
const HOUR = 60 * 60 * 1000
const now = Date.now()

// The catalogue's ids, read from the source file so a new source cannot be left off the page.
const catalogueIds = [
  ...fs
    .readFileSync(path.resolve(__dirname, '../../src/content/sources.ts'), 'utf8')
    .matchAll(/^ {2}([A-Z]\d+): \{/gm),
].map((m) => m[1])

const validCase = storedCase('c1', {
  method: 'chat',
  sentAt: now - HOUR,
  amountFen: 50000,
  arrival: 'instant',
  recipient: 'pending',
  cause: 'mistaken',
})

function seed(entries) {
  app.storage.clear()
  for (const [k, v] of Object.entries(entries)) app.storage.set(k, JSON.parse(JSON.stringify(v)))
}

function scaleOf(page) {
  const style = page.query('.page-shell').dom.getAttribute('style') || ''
  return Number((/--fs-scale:\s*([\d.]+)/.exec(style) || [])[1])
}

const app = bootApp()

beforeEach(() => {
  app.storage.clear()
  app.calls.length = 0
  app.override('showModal', undefined)
})

/** Unfolds every group of the source list (they start folded but for one). */
async function openSourceGroups(page) {
  for (let i = 0; i < 20; i++) {
    const closed = page
      .queryAll('.source-list__head')
      .find((head) => head.dom.textContent.includes('展开'))
    if (!closed) break
    closed.dispatchEvent('tap')
    await flush()
  }
}

test('lists every source in the catalogue with title, publisher, date and confidence', async () => {
  expect(catalogueIds.length).toBeGreaterThan(40)
  const page = await app.mount(ROUTE)
  await waitForText(page, '依据与隐私')
  // Folded: only the first group's sources are drawn at first.
  const heads = page.queryAll('.source-list__head')
  expect(heads.length).toBeGreaterThan(3)
  expect(page.queryAll('.source-list__id').length).toBeLessThan(catalogueIds.length)
  await openSourceGroups(page)
  const shown = page.queryAll('.source-list__id').map((n) => n.dom.textContent)
  expect(shown.sort()).toEqual([...catalogueIds].sort())
  expect(page.text()).toContain(`所有依据（共 ${catalogueIds.length} 条）`)
  const t1 = page.query('#source-T1').dom.textContent
  expect(t1).toContain('好友1天内未确认，将退还给你')
  expect(t1).toContain('羊城晚报')
  expect(t1).toContain('2014-06-26')
  expect(t1).toContain('可信度：高')
  const d3 = page.query('#source-D3').dom.textContent
  expect(d3).toContain('可信度：中')
  expect(d3).toContain('以微信客户端实际显示为准')
  expect(page.query('#source-D5').dom.textContent).toContain('可信度：低')
  page.unmount()
})

test('says plainly it is not legal advice, and makes the privacy promise', async () => {
  const page = await app.mount(ROUTE)
  const disclaimer = page.query('#disclaimer').dom.textContent
  expect(disclaimer).toContain('不是法律意见')
  expect(disclaimer).toContain('以微信、公安机关和法院等官方渠道的处理结果为准')
  const promise = page.query('#privacy-promise').dom.textContent
  expect(promise).toContain('只保存在这台手机')
  expect(promise).toContain('不联网')
  expect(promise).toContain('不含金额、姓名、微信号或交易单号')
  expect(page.query('#quarantine-none')).toBeTruthy()
  page.unmount()
})

test('?source=D3 highlights that source and scrolls to it; an unknown id is ignored', async () => {
  let page = await app.mount(ROUTE, { source: 'D3' })
  expect(page.query('#source-D3').dom.className).toContain('source-list__item--active')
  expect(page.queryAll('.source-list__item--active')).toHaveLength(1)
  expect(page.query('#source-D3').dom.textContent).toContain('你刚才点的依据')
  await new Promise((r) => setTimeout(r, 400))
  expect(app.callsTo('pageScrollTo').map((c) => c.opts.selector)).toEqual(['#source-D3'])
  page.unmount()

  app.calls.length = 0
  for (const source of ['d3', 'toString', '<b>x</b>', '']) {
    page = await app.mount(ROUTE, { source })
    expect(page.queryAll('.source-list__item--active')).toHaveLength(0)
    page.unmount()
  }
  await new Promise((r) => setTimeout(r, 400))
  expect(app.callsTo('pageScrollTo')).toHaveLength(0)
})

test('shows what storage set aside (key, time, reason) and copies its raw text', async () => {
  seed({
    'tr:case:c1': validCase,
    // Unreadable: not an envelope. Reading the cases sets it aside.
    'tr:case:c2': 'garbage{',
  })
  const page = await app.mount(ROUTE)
  await waitForText(page, '无法读取、已放在一边的数据')
  expect(page.query('#quarantine-none')).toBeFalsy()
  const text = page.query('#quarantine').dom.textContent
  expect(text).toContain('位置：tr:case:c2')
  expect(text).toMatch(/时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
  expect(text).toContain('原因：')
  expect(text).toContain('garbage{')
  expect(page.query('#stored-cases').dom.textContent).toBe('转账记录：1 笔')
  // One key per set-aside value: tr:aside:<id>, and the page's buttons are named by that id.
  const asideKeys = [...app.storage.keys()].filter((k) => k.startsWith('tr:aside:'))
  expect(asideKeys).toHaveLength(1)
  await page.tap(`#copy-quarantine-${asideKeys[0].slice('tr:aside:'.length)}`)
  const copies = app.callsTo('setClipboardData')
  expect(copies).toHaveLength(1)
  expect(copies[0].opts.data).toBe('"garbage{"')
  page.unmount()
})

test('清除所有数据 asks first; cancelling keeps everything', async () => {
  seed({
    'tr:case:c1': validCase,
    'tr:prevention': { v: 1, data: ['delayed-arrival'] },
    'tr:settings': { v: 1, data: { largeText: true } },
  })
  app.override('showModal', () => ({ errMsg: 'showModal:ok', confirm: false, cancel: true }))
  const page = await app.mount(ROUTE)
  await page.tap('#clear-data')
  await waitForText(page, '转账记录：1 笔')
  expect(app.callsTo('showModal')).toHaveLength(1)
  expect(app.storage.has('tr:case:c1')).toBe(true)
  expect(app.storage.has('tr:settings')).toBe(true)
  page.unmount()
})

test('清除所有数据 removes every tr: key, says so, and the page shows it at once', async () => {
  seed({
    'tr:case:c1': validCase,
    'tr:prevention': { v: 1, data: ['delayed-arrival', 'youth-mode'] },
    'tr:settings': { v: 1, data: { largeText: true } },
    'tr:checklist:c1': { v: 1, data: ['evidence'] },
    'tr:quarantine': { v: 1, data: [{ key: 'tr:case:old', at: now, reason: '测试', raw: '"x"' }] },
    'someone-else': 'kept',
  })
  app.override('showModal', () => ({ errMsg: 'showModal:ok', confirm: true, cancel: false }))
  const page = await app.mount(ROUTE)
  expect(page.query('#stored-cases').dom.textContent).toBe('转账记录：1 笔')
  expect(page.text()).toContain('防范设置已标记：2 项')
  expect(scaleOf(page)).toBe(1.25)

  await page.tap('#clear-data')
  await waitForText(page, '没有保存转账记录')
  expect([...app.storage.keys()]).toEqual(['someone-else'])
  expect(app.callsTo('showToast').map((c) => c.opts.title)).toContain('已清除所有数据')
  expect(page.query('#quarantine-none')).toBeTruthy()
  // 大字模式 was part of the data: the page goes back to normal size.
  expect(scaleOf(page)).toBe(1)
  page.unmount()
})

test('has the 大字模式 switch too, saved in tr:settings', async () => {
  const page = await app.mount(ROUTE)
  await page.tap('#large-text-switch')
  expect(app.storage.get('tr:settings')).toEqual({ v: 1, data: { largeText: true } })
  expect(scaleOf(page)).toBe(1.25)
  expect(page.text()).toContain('大字模式：开')
  page.unmount()
})
