// 大字模式 with the phone's storage full, on the production build: on every page that has the
// switch, a tap that cannot be saved says so with the same message as every other refused write,
// and the page shows the setting that was really kept (the switch, its 开/关 and the font scale),
// never a state that is gone on the next page.
const { bootApp } = require('./harness')

const WRITE_FAILED = '保存失败，可能是手机存储空间已满'
const PAGES = [
  { name: 'prevention guide', route: 'pages/prevention/index' },
  { name: '依据与隐私', route: 'pages/about/index' },
  { name: 'scam check', route: 'pages/scam-check/index' },
]

const app = bootApp()

function scaleOf(page) {
  const style = page.query('.page-shell').dom.getAttribute('style') || ''
  return Number((/--fs-scale:\s*([\d.]+)/.exec(style) || [])[1])
}

/** What the switch shows: on or off by its class, and the 开/关 word in its track. */
function switchShows(page) {
  const node = page.query('#large-text-switch')
  return {
    on: /large-text-switch--on/.test(node.dom.getAttribute('class') || ''),
    state: page.query('.large-text-switch__state').dom.textContent.trim(),
  }
}

/** Every write refused as WeChat refuses it when the 10 MB of a mini-program are used up. */
function fillStorage() {
  const setStorageSync = global.wx.setStorageSync
  global.wx.setStorageSync = () => {
    throw new Error('setStorageSync:fail exceed storage max size 10MB')
  }
  return () => {
    global.wx.setStorageSync = setStorageSync
  }
}

const toasts = () => app.callsTo('showToast').map((c) => c.opts.title)

beforeEach(() => {
  app.storage.clear()
  app.calls.length = 0
})

/** Taps the switch while every write is refused, then checks what the page says and shows. */
async function tapWhenFull(page, kept) {
  const scale = scaleOf(page)
  const restore = fillStorage()
  try {
    await page.tap('#large-text-switch')
  } finally {
    restore()
  }
  expect(toasts().some((t) => t.startsWith(WRITE_FAILED))).toBe(true)
  expect(switchShows(page)).toEqual(kept)
  expect(scaleOf(page)).toBe(scale)
}

const OFF = { on: false, state: '关' }
const ON = { on: true, state: '开' }

describe.each(PAGES)('$name with storage full', ({ route }) => {
  test('turning 大字模式 on says the save failed and keeps the normal size', async () => {
    const page = await app.mount(route)
    expect(switchShows(page)).toEqual(OFF)
    await tapWhenFull(page, OFF)
    expect(app.storage.get('tr:settings')).toBeUndefined()
    page.unmount()
  })

  test('turning it off says the save failed and stays large, as the next page will be', async () => {
    app.storage.set('tr:settings', { v: 1, data: { largeText: true } })
    const page = await app.mount(route)
    expect(switchShows(page)).toEqual(ON)
    await tapWhenFull(page, ON)
    expect(app.storage.get('tr:settings')).toEqual({ v: 1, data: { largeText: true } })
    page.unmount()
    // The kept setting is what the next page opens with.
    const next = await app.mount(route)
    expect(switchShows(next)).toEqual(ON)
    next.unmount()
  })
})
