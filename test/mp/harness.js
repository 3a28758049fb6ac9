// Runs the production weapp build (dist/) inside WeChat's miniprogram-simulate.
// miniprogram-simulate gives us Component/Behavior/wx but not App/Page/getApp/getCurrentPages,
// so this file provides them: Page() becomes a Component whose attach runs onLoad + onShow.
const path = require('path')
const fs = require('fs')

const dist = path.resolve(__dirname, '../..', process.env.MP_DIST || 'dist')

function assertBuilt() {
  if (!fs.existsSync(path.join(dist, 'app.js'))) {
    throw new Error('dist/ is missing: run `npm run build:weapp` first (npm test does it for you)')
  }
}

/** In-memory wx storage that behaves like WeChat's: a missing key reads as ''. */
function createStorage() {
  const store = new Map()
  return {
    store,
    getStorageSync: (key) => (store.has(key) ? clone(store.get(key)) : ''),
    setStorageSync: (key, value) => {
      store.set(key, clone(value))
    },
    removeStorageSync: (key) => {
      store.delete(key)
    },
    clearStorageSync: () => store.clear(),
    getStorageInfoSync: () => ({ keys: [...store.keys()], currentSize: 0, limitSize: 10240 }),
  }
}

function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value))
}

/**
 * Boots the compiled app once per test file. Returns helpers to mount pages and read the calls the
 * app made to wx APIs.
 */
function bootApp({ storage: initial = {}, systemInfo = {} } = {}) {
  assertBuilt()
  const calls = []
  const record =
    (name, result = {}) =>
    (opts = {}) => {
      calls.push({ api: name, opts })
      const res = typeof result === 'function' ? result(opts) : { errMsg: `${name}:ok`, ...result }
      if (res && res.errMsg && res.errMsg.includes(':fail')) {
        opts.fail && opts.fail(res)
      } else {
        opts.success && opts.success(res)
      }
      opts.complete && opts.complete(res)
      return Promise.resolve(res)
    }

  const storage = createStorage()
  for (const [k, v] of Object.entries(initial)) storage.store.set(k, v)

  const pageStack = []
  const loadedIds = {}
  const overrides = {}
  let appOptions = null

  global.App = (options) => {
    appOptions = options
  }
  global.getApp = () => appOptions
  global.getCurrentPages = () => pageStack.slice()
  global.Page = (options) => {
    const methods = {}
    const data = {}
    for (const [key, value] of Object.entries(options)) {
      if (typeof value === 'function') methods[key] = value
      else if (key === 'data') Object.assign(data, value)
    }
    global.Component({
      data,
      methods,
      lifetimes: {
        attached() {
          this.route = this.__route__ = harness.nextRoute
          // Every setData of the page from its first render on: UTF-8 bytes of its JSON.
          const log = (this.__setDataLog = [])
          const setData = this.setData
          this.setData = function (patch, ...rest) {
            log.push({ at: Date.now(), bytes: Buffer.byteLength(JSON.stringify(patch)) })
            return setData.call(this, patch, ...rest)
          }
          pageStack.push(this)
          // Lets a test see the page before its first render (e.g. to record the first setData).
          if (harness.beforeLoad) harness.beforeLoad(this)
          this.onLoad(harness.nextQuery || {})
          this.onShow()
        },
        ready() {
          this.onReady && this.onReady()
        },
        detached() {
          const i = pageStack.indexOf(this)
          if (i >= 0) pageStack.splice(i, 1)
          this.onUnload && this.onUnload()
        },
      },
    })
  }

  const systemBase = {
    platform: 'devtools',
    theme: 'light',
    fontSizeSetting: 17,
    SDKVersion: '3.7.0',
    windowWidth: 375,
    windowHeight: 667,
    screenWidth: 375,
    screenHeight: 667,
    pixelRatio: 2,
    language: 'zh_CN',
    ...systemInfo,
  }

  const api = {
    ...storage,
    getSystemInfoSync: () => ({ ...systemBase }),
    getAppBaseInfo: () => ({ ...systemBase }),
    getWindowInfo: () => ({ ...systemBase }),
    getDeviceInfo: () => ({ ...systemBase }),
    getSystemInfo: record('getSystemInfo', () => ({ errMsg: 'getSystemInfo:ok', ...systemBase })),
    getLaunchOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    onAppShow: () => {},
    onAppHide: () => {},
    offAppShow: () => {},
    offAppHide: () => {},
    onThemeChange: () => {},
    offThemeChange: () => {},
    nextTick: (fn) => setTimeout(fn, 0),
    canIUse: () => true,
  }
  for (const name of [
    'makePhoneCall',
    'setClipboardData',
    'addPhoneCalendar',
    'showToast',
    'hideToast',
    'showModal',
    'showLoading',
    'hideLoading',
    'navigateTo',
    'redirectTo',
    'switchTab',
    'reLaunch',
    'navigateBack',
    'setNavigationBarTitle',
    'showShareMenu',
    'pageScrollTo',
    'vibrateShort',
  ]) {
    api[name] = (opts) => (overrides[name] || record(name))(opts)
  }
  // Network APIs must never be called: record them so tests can assert on it.
  for (const name of ['request', 'uploadFile', 'downloadFile', 'connectSocket']) {
    api[name] = record(name)
  }

  global.wx = Object.assign(global.wx || {}, api)
  const simulate = require('miniprogram-simulate')
  Object.assign(global.wx, api)

  require(path.join(dist, 'app.js'))
  if (!appOptions) throw new Error('dist/app.js did not call App()')
  appOptions.onLaunch && appOptions.onLaunch({ path: 'pages/home/index', query: {}, scene: 1001 })
  appOptions.onShow && appOptions.onShow({ path: 'pages/home/index', query: {}, scene: 1001 })

  const harness = {
    nextRoute: '',
    nextQuery: {},
    /** Called with each page instance before its onLoad; undefined for none. */
    beforeLoad: undefined,
    calls,
    storage: storage.store,
    /** Make the next call to a wx API answer differently (e.g. a calendar refusal). */
    override(name, impl) {
      overrides[name] = impl ? record(name, impl) : undefined
    },
    callsTo(name) {
      return calls.filter((c) => c.api === name)
    },
    /** Mounts a page from dist and resolves once its first render is in the DOM. */
    async mount(route, query = {}) {
      harness.nextRoute = route
      harness.nextQuery = query
      // A page's JS runs once per process (require caches it, so Page() is not called again):
      // load each route once and render a fresh instance of it on every mount.
      const id =
        loadedIds[route] ||
        (loadedIds[route] = simulate.load(path.join(dist, route), {
          rootPath: dist,
          compiler: 'official',
        }))
      const comp = simulate.render(id)
      const parent = document.createElement('parent-wrapper')
      comp.attach(parent)
      const page = pageStack[pageStack.length - 1]
      await flush()
      return {
        comp,
        page,
        text: () => textOf(comp),
        query: (selector) => comp.querySelector(deep(selector)),
        queryAll: (selector) => comp.querySelectorAll(deep(selector)),
        async tap(selector) {
          const node = comp.querySelector(deep(selector))
          if (!node) throw new Error(`nothing matches ${selector}`)
          node.dispatchEvent('tap')
          await flush()
        },
        async input(selector, value) {
          const node = comp.querySelector(deep(selector))
          if (!node) throw new Error(`nothing matches ${selector}`)
          node.dispatchEvent('input', { detail: { value } })
          await flush()
        },
        async change(selector, value) {
          const node = comp.querySelector(deep(selector))
          if (!node) throw new Error(`nothing matches ${selector}`)
          node.dispatchEvent('change', { detail: { value } })
          await flush()
        },
        async show() {
          page.onShow()
          await flush()
        },
        async hide() {
          page.onHide && page.onHide()
          await flush()
        },
        unmount() {
          comp.detach()
        },
      }
    },
  }
  return harness
}

/** Content sits inside Taro's recursive `comp` component: reach into it with exparser's >>>. */
function deep(selector) {
  return selector.includes('>>>') ? selector : `>>> ${selector}`
}

function textOf(comp) {
  return (comp.dom.textContent || '').replace(/\s+/g, ' ').trim()
}

/**
 * Lets React commit and Taro's setData land (they hop through promises and 0-1 ms timers). On a
 * fake clock each round moves time by 1 ms: a few fake milliseconds, far from the next displayed
 * second, so tests that count seconds stay exact.
 */
async function flush(rounds = 4) {
  for (let i = 0; i < rounds; i++) {
    await Promise.resolve()
    if (isFakeTimers()) {
      jest.advanceTimersByTime(1)
    } else {
      await new Promise((r) => setTimeout(r, 0))
    }
  }
}

function isFakeTimers() {
  return typeof jest !== 'undefined' && typeof setTimeout.clock === 'object'
}

/** Waits for text; bounded by rounds, not by Date.now(), which stands still on a fake clock. */
async function waitForText(handle, text, rounds = 200) {
  for (let i = 0; i < rounds; i++) {
    if (handle.text().includes(text)) return
    await flush(isFakeTimers() ? 1 : 4)
    if (!isFakeTimers()) await new Promise((r) => setTimeout(r, 10))
  }
  if (handle.text().includes(text)) return
  throw new Error(`text "${text}" did not appear; page shows: ${handle.text().slice(0, 400)}`)
}

/** A case as the storage layer keeps it (`tr:case:<id>`): a v1 envelope around the record. */
function storedCase(id, transfer, { at = transfer.sentAt, label } = {}) {
  const data = { id, createdAt: at, updatedAt: at, transfer }
  if (label) data.label = label
  return { v: 1, data }
}

/**
 * Drives jest's fake clock to exact whole steps. Settling (React commit, Taro's setData) costs a few
 * fake milliseconds; each step takes them back, so the page's seconds stay where a test expects.
 * Call jest.useFakeTimers({ now: start }) before bootApp.
 */
function fakeClock(start) {
  const clock = {
    target: start,
    async advance(ms) {
      clock.target += ms
      const d = clock.target - Date.now()
      if (d > 0) jest.advanceTimersByTime(d)
      await flush(20)
    },
    /** Moves the clock without firing the ticks in between (as if the phone slept), then ticks once. */
    async jump(ms) {
      clock.target += ms - 1000
      jest.setSystemTime(clock.target)
      await clock.advance(1000)
    },
  }
  return clock
}

/** Records every setData of a mounted page from now on: when, how many UTF-8 bytes, what. */
function recordSetData(handle) {
  const calls = []
  const original = handle.page.setData
  handle.page.setData = function (data, ...rest) {
    calls.push({ at: Date.now(), bytes: Buffer.byteLength(JSON.stringify(data)), data })
    return original.call(this, data, ...rest)
  }
  return calls
}

module.exports = { bootApp, flush, waitForText, storedCase, fakeClock, recordSetData, dist }
