// Unreadable data on the production build (miniprogram-simulate): what storage sets aside is never
// lost (no cap, one bad entry costs nothing else, a failed read writes nothing, the whole value is
// kept), the 依据与隐私 page lists it with copy and delete, impossible times never reach the screen
// as "Invalid Date", thousands of stored cases do not blank home, and storage that throws is
// reported as "could not be read", never as "there are none".
const { bootApp, flush, storedCase, waitForText } = require('./harness')
const { figure } = require('../support/figures')

const HOUR = 60 * 60 * 1000
const now = Date.now()

const transfer = (over = {}) => ({
  method: 'chat',
  sentAt: now - HOUR,
  amountFen: 52000,
  arrival: 'instant',
  recipient: 'pending',
  cause: 'mistaken',
  ...over,
})

/** The hostile tester's damaged case: the amount stored as text. */
const textAmount = (id) => storedCase(id, transfer({ amountFen: '520' }))

const app = bootApp()

function seed(entries) {
  app.storage.clear()
  for (const [k, v] of Object.entries(entries)) app.storage.set(k, JSON.parse(JSON.stringify(v)))
}

const keysWith = (prefix) => [...app.storage.keys()].filter((k) => k.startsWith(prefix))
const asideIds = () => keysWith('tr:aside:').map((k) => k.slice('tr:aside:'.length))

/** The text that is copied for one set-aside entry (the full raw value as JSON). */
async function copyOf(page, id) {
  app.calls.length = 0
  await page.tap(`#copy-quarantine-${id}`)
  await flush()
  const copies = app.callsTo('setClipboardData')
  expect(copies).toHaveLength(1)
  return copies[0].opts.data
}

/** Taps 查看更早的 N 条 until every set-aside entry is on screen. */
async function showAll(page) {
  while (page.query('#quarantine-more')) await page.tap('#quarantine-more')
  await flush()
}

/** Makes WeChat storage throw for keys matching `test` (and listing, when `keys` is set). */
function breakStorage({ test = () => true, keys = false } = {}) {
  const store = app.storage
  const has = store.has.bind(store)
  const listKeys = store.keys.bind(store)
  store.has = (key) => {
    if (test(key)) throw new Error('getStorageSync:fail')
    return has(key)
  }
  if (keys) {
    store.keys = () => {
      throw new Error('getStorageInfoSync:fail')
    }
  }
  return () => {
    store.has = has
    store.keys = listKeys
  }
}

beforeEach(() => {
  app.storage.clear()
  app.calls.length = 0
  app.override('showModal', undefined)
  app.beforeLoad = undefined
})

test('25 unreadable cases: all 25 are kept whole, none deleted by a cap', async () => {
  const originals = {}
  for (let i = 0; i < 25; i++) originals[`tr:case:bad${i}`] = textAmount(`bad${i}`)
  seed(originals)
  const home = await app.mount('pages/home/index')
  await waitForText(home, '有 25 条无法读取的记录已被单独保存')
  home.unmount()

  expect(keysWith('tr:case:')).toEqual([])
  expect(asideIds()).toHaveLength(25)
  const about = await app.mount('pages/about/index')
  await waitForText(about, '共 25 条')
  expect(about.text()).toContain('放在一边的无法读取的数据：25 条')
  // Every original survives, byte for byte, and can be copied out.
  await showAll(about)
  const copied = new Set()
  for (const id of asideIds()) copied.add(await copyOf(about, id))
  expect([...copied].sort()).toEqual(
    Object.values(originals)
      .map((v) => JSON.stringify(v))
      .sort(),
  )
  about.unmount()
})

test('one bad entry (a 21-entry list, an entry at "yesterday") never collapses the others', async () => {
  // The single-list layout of the previous version, holding more than it ever wrote and one
  // entry whose time is text.
  const list = Array.from({ length: 21 }, (_, i) => ({
    key: `tr:case:old${i}`,
    at: now - i * 1000,
    reason: `原因 ${i}`,
    raw: `"broken ${i}"`,
  }))
  list[5] = { ...list[5], at: 'yesterday' }
  seed({ 'tr:quarantine': { v: 1, data: list } })
  const about = await app.mount('pages/about/index')
  await waitForText(about, '共 21 条')
  expect(app.storage.has('tr:quarantine')).toBe(false)
  expect(asideIds()).toHaveLength(21)
  await showAll(about)
  const copies = []
  for (const id of asideIds()) copies.push(await copyOf(about, id))
  for (let i = 0; i < 21; i++) {
    if (i === 5) expect(copies.some((c) => c.includes('yesterday'))).toBe(true)
    else expect(copies).toContain(`"broken ${i}"`)
  }
  about.unmount()
})

test('a read failure of the set-aside entries writes nothing; a later read moves the value', async () => {
  seed({ 'tr:case:bad1': 'garbage{' })
  let page = await app.mount('pages/home/index')
  await waitForText(page, '有 1 条无法读取的记录')
  page.unmount()
  const [firstId] = asideIds()
  const firstEntry = JSON.parse(JSON.stringify(app.storage.get(`tr:aside:${firstId}`)))

  app.storage.set('tr:case:bad2', 'also garbage{')
  const restore = breakStorage({ test: (key) => key.startsWith('tr:aside') })
  try {
    page = await app.mount('pages/home/index')
    await waitForText(page, '转账急救箱')
    await flush()
    page.unmount()
  } finally {
    restore()
  }
  // Nothing was overwritten, nothing deleted: the earlier entry as it was, the bad case in place.
  expect(asideIds()).toEqual([firstId])
  expect(app.storage.get(`tr:aside:${firstId}`)).toEqual(firstEntry)
  expect(app.storage.get('tr:case:bad2')).toBe('also garbage{')

  page = await app.mount('pages/about/index')
  await waitForText(page, '共 2 条')
  expect(app.storage.has('tr:case:bad2')).toBe(false)
  page.unmount()
})

test('a large set-aside value is kept whole (in parts under 1 MB) and copied whole', async () => {
  const big = storedCase('big', { ...transfer(), note: '中'.repeat(200_000) + '结尾' })
  big.data.transfer.amountFen = 'x'
  const small = 'y'.repeat(5_000)
  seed({ 'tr:case:big': big, 'tr:case:small': small })
  const about = await app.mount('pages/about/index')
  await waitForText(about, '共 2 条')
  for (const key of [...keysWith('tr:aside:'), ...keysWith('tr:aside-part:')]) {
    expect(Buffer.byteLength(JSON.stringify(app.storage.get(key)))).toBeLessThan(900 * 1024)
  }
  expect(keysWith('tr:aside-part:').length).toBeGreaterThan(1)
  const copies = []
  for (const id of asideIds()) copies.push(await copyOf(about, id))
  expect(copies.sort()).toEqual([JSON.stringify(big), JSON.stringify(small)].sort())
  about.unmount()
})

test('when storage is full the bad value stays in its key and the page says so', async () => {
  seed({ 'tr:case:bad': 'garbage{' })
  const setStorageSync = global.wx.setStorageSync
  global.wx.setStorageSync = () => {
    throw new Error('setStorageSync:fail exceed storage max size 10MB')
  }
  try {
    const home = await app.mount('pages/home/index')
    await waitForText(home, '手机存储空间不足')
    expect(home.query('#stuck-note')).toBeTruthy()
    home.unmount()
    const about = await app.mount('pages/about/index')
    await waitForText(about, 'tr:case:bad')
    expect(about.query('#quarantine-stuck').dom.textContent).toContain('没有删除')
    about.unmount()
  } finally {
    global.wx.setStorageSync = setStorageSync
  }
  expect(app.storage.get('tr:case:bad')).toBe('garbage{')
  expect(asideIds()).toEqual([])
})

test('an entry is deleted only after the user confirms; the others stay', async () => {
  seed({ 'tr:case:a': 'garbage a', 'tr:case:b': 'garbage b' })
  const about = await app.mount('pages/about/index')
  await waitForText(about, '共 2 条')
  const [first] = asideIds()

  app.override('showModal', () => ({ errMsg: 'showModal:ok', confirm: false, cancel: true }))
  await about.tap(`#delete-quarantine-${first}`)
  await flush()
  expect(asideIds()).toHaveLength(2)
  expect(app.callsTo('showModal')[0].opts.content).toContain('复制原始内容')

  app.override('showModal', () => ({ errMsg: 'showModal:ok', confirm: true, cancel: false }))
  await about.tap(`#delete-quarantine-${first}`)
  await waitForText(about, '共 1 条')
  expect(asideIds()).toHaveLength(1)
  expect(asideIds()).not.toContain(first)
  about.unmount()
})

test('the set-aside list shows 10 rows at a time, newest first', async () => {
  const entries = {}
  for (let i = 0; i < 23; i++) entries[`tr:case:bad${i}`] = `garbage ${i}`
  seed(entries)
  const about = await app.mount('pages/about/index')
  await waitForText(about, '共 23 条')
  expect(about.queryAll('.quarantine-list__entry')).toHaveLength(10)
  await about.tap('#quarantine-more')
  await waitForText(about, '查看更早的 3 条')
  expect(about.queryAll('.quarantine-list__entry')).toHaveLength(20)
  await about.tap('#quarantine-more')
  await flush()
  expect(about.queryAll('.quarantine-list__entry')).toHaveLength(23)
  expect(about.query('#quarantine-more')).toBeFalsy()
  about.unmount()
})

describe('impossible stored times', () => {
  const cases = {
    'tr:case:far': storedCase('far', transfer({ sentAt: 8.64e15 }), { at: 8.64e15 }),
    'tr:case:huge': { v: 1, data: { ...storedCase('huge', transfer()).data, updatedAt: 1e20 } },
    'tr:case:old': storedCase('old', transfer({ sentAt: Date.UTC(2010, 0, 1) }), {
      at: Date.UTC(2010, 0, 1),
    }),
    'tr:case:ok': storedCase('ok', transfer(), { label: '正常的一笔' }),
  }

  test.each([
    ['home', 'pages/home/index', {}, '正常的一笔'],
    ['countdown', 'pages/countdown/index', { id: 'far' }, '没有找到这条记录'],
    ['countdown', 'pages/countdown/index', { id: 'huge' }, '没有找到这条记录'],
    ['checklist', 'pages/checklist/index', {}, '正常的一笔'],
  ])('%s never shows "Invalid Date"', async (_, route, query, expected) => {
    seed(cases)
    const page = await app.mount(route, query)
    await waitForText(page, expected)
    expect(page.text()).not.toMatch(/Invalid Date|NaN/)
    page.unmount()
  })

  test('they are set aside with their reason, and the plausible case stays', async () => {
    seed(cases)
    const about = await app.mount('pages/about/index')
    await waitForText(about, '共 3 条')
    const text = about.query('#quarantine').dom.textContent
    expect(text).toContain('位置：tr:case:far')
    expect(text).toContain('位置：tr:case:huge')
    expect(text).toContain('位置：tr:case:old')
    expect(text).toMatch(/保存时间不合理/)
    expect(text).toMatch(/2013/)
    expect(text).not.toMatch(/Invalid Date/)
    expect(about.query('#stored-cases').dom.textContent).toBe('转账记录：1 笔')
    about.unmount()
  })
})

test('2,000 stored cases: home renders, first setData far under 1 MB, 10 rows at a time', async () => {
  const many = {}
  for (let i = 0; i < 2000; i++) {
    const id = `c${String(i).padStart(4, '0')}`
    many[`tr:case:${id}`] = storedCase(id, transfer({ sentAt: now - HOUR - i * 1000 }), {
      at: now - HOUR + i,
    })
  }
  seed(many)
  const sizes = []
  let firstRender
  app.beforeLoad = (page) => {
    const original = page.setData
    page.setData = function (data, ...rest) {
      sizes.push(Buffer.byteLength(JSON.stringify(data)))
      return original.call(this, data, ...rest)
    }
  }
  const home = await app.mount('pages/home/index')
  await waitForText(home, '查看更早的 1990 条')
  app.beforeLoad = undefined
  // Taro's first setData only creates the root; the page's content arrives in the next one.
  firstRender = Math.max(...sizes.slice(0, 2))
  figure('set-aside', `2,000 cases: setData bytes while mounting ${sizes.join(', ')}`)
  expect(firstRender).toBeLessThan(100 * 1024)
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(1024 * 1024)
  expect(home.queryAll('.case-card')).toHaveLength(10)
  // Newest first: the case created last is on top.
  expect(home.query('#case-c1999')).toBeTruthy()
  expect(home.queryAll('.case-card')[0].dom === home.query('#case-c1999').dom).toBe(true)
  expect(home.query('#case-c1989')).toBeFalsy()
  await home.tap('#cases-more')
  await waitForText(home, '查看更早的 1980 条')
  expect(home.queryAll('.case-card')).toHaveLength(20)
  home.unmount()

  // The checklist's case chips are bounded the same way.
  const checklist = await app.mount('pages/checklist/index')
  await waitForText(checklist, '查看更早的')
  expect(checklist.queryAll('.scenario-picker .chip').length).toBeLessThan(20)
  checklist.unmount()
})

describe('when every storage read throws', () => {
  test('home says the records could not be read and nothing was deleted', async () => {
    seed({ 'tr:case:ok': storedCase('ok', transfer()) })
    const restore = breakStorage({ keys: true })
    try {
      const home = await app.mount('pages/home/index')
      await waitForText(home, '暂时读不出保存的转账记录')
      expect(home.text()).toContain('没有被删除')
      expect(home.text()).not.toContain('还没有保存的转账记录')
      home.unmount()
    } finally {
      restore()
    }
    expect(app.storage.has('tr:case:ok')).toBe(true)
  })

  test('the countdown says the record could not be read, not that it is gone', async () => {
    seed({ 'tr:case:ok': storedCase('ok', transfer()) })
    const restore = breakStorage({ keys: true })
    try {
      const page = await app.mount('pages/countdown/index', { id: 'ok' })
      await waitForText(page, '暂时读不出这条记录')
      expect(page.text()).toContain('没有被删除')
      expect(page.text()).not.toContain('没有找到这条记录')
      page.unmount()
    } finally {
      restore()
    }
  })

  test('one case key that throws: the others show, with a note', async () => {
    seed({
      'tr:case:ok': storedCase('ok', transfer(), { label: '读得出的一笔' }),
      'tr:case:bad': storedCase('bad', transfer()),
    })
    const restore = breakStorage({ test: (key) => key === 'tr:case:bad' })
    try {
      const home = await app.mount('pages/home/index')
      await waitForText(home, '读得出的一笔')
      expect(home.text()).toContain('有些转账记录暂时读不出来')
      home.unmount()
    } finally {
      restore()
    }
    expect(app.storage.has('tr:case:bad')).toBe(true)
  })
})
