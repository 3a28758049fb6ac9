// Boots the production weapp build (dist/) inside miniprogram-simulate and mounts its pages.
// What simulate lacks (App, Page, the store, recorded wx calls) is in ./setup.js, which jest runs
// before every mp test file; this file holds only the steps a test takes.
const path = require('path')
const fs = require('fs')
const { mp, simulate } = require('./setup')

const dist = path.resolve(__dirname, '../..', process.env.MP_DIST || 'dist')
const loaded = {}

/**
 * Runs the compiled app once per test file (call jest.useFakeTimers first to put it on a fake
 * clock). Returns the app: `storage`, `calls`, `callsTo`, `override`, `beforeLoad` (./setup.js)
 * and `mount`.
 */
function bootApp({ storage = {}, systemInfo = {} } = {}) {
  if (!fs.existsSync(path.join(dist, 'app.js'))) {
    throw new Error('dist/ is missing: run `npm run build:weapp` first (npm test does it for you)')
  }
  for (const [key, value] of Object.entries(storage)) mp.storage.set(key, value)
  Object.assign(mp.systemInfo, systemInfo)
  require(path.join(dist, 'app.js'))
  const app = mp.appOptions
  if (!app) throw new Error('dist/app.js did not call App()')
  const launch = global.wx.getLaunchOptionsSync()
  if (app.onLaunch) app.onLaunch(launch)
  if (app.onShow) app.onShow(launch)
  return Object.assign(mp, { mount })
}

/** Mounts a page from dist and resolves once its first render is in the DOM. */
async function mount(route, query = {}) {
  mp.next = { route, query }
  // A page's JS runs once per process (require caches it, so Page() is not called again): load
  // each route once and render a fresh instance of it on every mount.
  loaded[route] = loaded[route] || simulate.load(path.join(dist, route), { rootPath: dist })
  const comp = simulate.render(loaded[route])
  comp.attach(document.createElement('parent-wrapper'))
  await flush()
  const find = (selector) => {
    const node = comp.querySelector(deep(selector))
    if (!node) throw new Error(`nothing matches ${selector}`)
    return node
  }
  const fire = async (selector, event, options) => {
    find(selector).dispatchEvent(event, options)
    await flush()
  }
  const lifetime = async (name) => {
    comp.triggerPageLifeTime(name)
    await flush()
  }
  return {
    comp,
    page: comp.instance,
    text: () => textOf(comp),
    query: (selector) => comp.querySelector(deep(selector)),
    queryAll: (selector) => comp.querySelectorAll(deep(selector)),
    tap: (selector) => fire(selector, 'tap'),
    input: (selector, value) => fire(selector, 'input', { detail: { value } }),
    change: (selector, value) => fire(selector, 'change', { detail: { value } }),
    show: () => lifetime('show'),
    hide: () => lifetime('hide'),
    unmount: () => comp.detach(),
  }
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
    if (isFakeTimers()) jest.advanceTimersByTime(1)
    else await simulate.sleep(0)
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
    if (!isFakeTimers()) await simulate.sleep(10)
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
  return mp.recordSetData(handle.page)
}

module.exports = { bootApp, flush, waitForText, storedCase, fakeClock, recordSetData, dist }
