// Jest runs this before every mp test file (jest.config.js, setupFiles). miniprogram-simulate gives
// Component, Behavior and a `wx` of API mocks; this file adds only what a compiled mini-program
// needs and simulate lacks: App, Page, getApp and getCurrentPages, a real store behind the storage
// APIs (simulate's keep nothing), WeChat's standard font size (simulate's getAppBaseInfo leaves it
// out, and the app scales its text by it), and a record of every wx call, which a test can also
// answer differently. test/mp/harness.js boots the app on top of it and mounts pages.
const simulate = require('miniprogram-simulate')
const { mockAsyncAndPromise } = require('miniprogram-simulate/src/api/utils')

const wx = global.wx
const overrides = {}

const mp = {
  /** Every call made to a wx API, in order: { api, opts } (opts: its first argument, or {}). */
  calls: [],
  /** The phone's storage, key → value. */
  storage: new Map(),
  /** Merged into what getAppBaseInfo and getSystemInfoSync answer. */
  systemInfo: { fontSizeSetting: 17 },
  /** Called with each page instance before its onLoad; undefined for none. */
  beforeLoad: undefined,
  /** The route and query the next page to attach opens with. */
  next: { route: '', query: {} },
  appOptions: null,
  pages: [],
  callsTo: (name) => mp.calls.filter((c) => c.api === name),
  /**
   * Makes an asynchronous wx API answer `answer(opts)` (e.g. `{ errMsg: 'showModal:ok', confirm:
   * true }`; an errMsg with ':fail' calls fail) until overridden again; undefined restores the default.
   */
  override(name, answer) {
    overrides[name] = answer
  },
  /** Records every setData of a page instance from now on: when, how many UTF-8 bytes, what. */
  recordSetData(page) {
    const log = []
    const setData = page.setData
    page.setData = function (data, ...rest) {
      log.push({ at: Date.now(), bytes: Buffer.byteLength(JSON.stringify(data)), data })
      return setData.call(this, data, ...rest)
    }
    return log
  },
}

// WeChat's storage hands back a copy, and a missing key reads as ''.
const copy = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)))
Object.assign(wx, {
  getStorageSync: (key) => (mp.storage.has(key) ? copy(mp.storage.get(key)) : ''),
  setStorageSync: (key, value) => void mp.storage.set(key, copy(value)),
  removeStorageSync: (key) => void mp.storage.delete(key),
  clearStorageSync: () => mp.storage.clear(),
  getStorageInfoSync: () => ({ keys: [...mp.storage.keys()], currentSize: 0, limitSize: 10240 }),
})

// simulate's showModal answers 确定; here a dialog no test answered is cancelled, so a test that
// forgets to choose never deletes anything.
wx.showModal = mockAsyncAndPromise('showModal', { confirm: false, cancel: true })

for (const name of ['getAppBaseInfo', 'getSystemInfoSync']) {
  const simulated = wx[name]
  wx[name] = () => ({ ...simulated(), ...mp.systemInfo })
}

for (const [name, simulated] of Object.entries(wx)) {
  if (typeof simulated !== 'function') continue
  wx[name] = function (opts, ...rest) {
    mp.calls.push({ api: name, opts: opts === undefined ? {} : opts })
    if (overrides[name]) return mockAsyncAndPromise(name, overrides[name](opts || {}))(opts)
    return simulated.call(this, opts, ...rest)
  }
}

global.App = (options) => {
  mp.appOptions = options
}
global.getApp = () => mp.appOptions
global.getCurrentPages = () => mp.pages.slice()

// A page is the Component WeChat builds from Page(options): its functions become methods; attach
// runs onLoad with the query and then onShow, ready runs onReady, simulate's triggerPageLifeTime
// runs onShow and onHide, and detach runs onUnload.
global.Page = ({ data = {}, ...options }) => {
  const methods = {}
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'function') methods[key] = value
  }
  global.Component({
    data,
    methods,
    lifetimes: {
      attached() {
        this.route = this.__route__ = mp.next.route
        // Every setData of the page from its first render on.
        this.__setDataLog = mp.recordSetData(this)
        mp.pages.push(this)
        // Lets a test see the page before its first render (e.g. to wrap its setData).
        if (mp.beforeLoad) mp.beforeLoad(this)
        this.onLoad(mp.next.query)
        this.onShow()
      },
      ready() {
        if (this.onReady) this.onReady()
      },
      detached() {
        mp.pages = mp.pages.filter((page) => page !== this)
        if (this.onUnload) this.onUnload()
      },
    },
    pageLifetimes: {
      show() {
        this.onShow()
      },
      hide() {
        if (this.onHide) this.onHide()
      },
    },
  })
}

module.exports = { mp, simulate }
