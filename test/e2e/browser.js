// Shared Chromium setup for the H5 end-to-end tests (Debian's chromium, driven by playwright-core).
const fs = require('fs')
const path = require('path')
const { chromium } = require('playwright-core')
const { serve } = require('./server')

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const root = path.resolve(__dirname, '../..', process.env.H5_DIST || 'dist-h5')
const shots = path.resolve(__dirname, '../../test-results/screenshots')

async function start() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's package: ` +
        'apt-get update && apt-get install -y chromium',
    )
  }
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error('dist-h5/ is missing: run `npm run build:h5` first (npm run test:e2e does it)')
  }
  fs.mkdirSync(shots, { recursive: true })
  const server = await serve(root)
  const base = `http://127.0.0.1:${server.address().port}`
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  // Anything but our own server is a failure: the app must make no network calls.
  const offSite = []
  async function newPage({ colorScheme = 'light', viewport = { width: 390, height: 844 } } = {}) {
    const context = await browser.newContext({ colorScheme, viewport, deviceScaleFactor: 2 })
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(base) || url.startsWith('data:')) return route.continue()
      offSite.push(url)
      return route.abort()
    })
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    return { page, context, errors }
  }
  async function stop() {
    await browser.close()
    await new Promise((r) => server.close(r))
  }
  const url = (route, query = '') => `${base}/#/${route}${query ? `?${query}` : ''}`
  const shot = (page, name) =>
    page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
  return { newPage, stop, url, shot, offSite, base }
}

/**
 * One browser for a test file: started before its tests, and after them it checks that nothing
 * was requested off this machine, then stops. The returned object fills in when tests run.
 */
function browserSession() {
  const { before, after } = require('node:test')
  const assert = require('node:assert/strict')
  const session = {}
  before(async () => {
    Object.assign(session, await start())
  })
  after(async () => {
    assert.deepEqual(session.offSite, [], 'the app must not request anything off this machine')
    await session.stop()
  })
  return session
}

/**
 * Puts an app value into storage before the app starts. Taro H5 keeps each key in localStorage as
 * JSON text of { data }; the app's own value inside is its { v, data } envelope.
 */
function seedStorage(context, key, value) {
  return context.addInitScript(
    ([k, text]) => {
      if (!localStorage.getItem(k)) localStorage.setItem(k, text)
    },
    [key, JSON.stringify({ data: value })],
  )
}

/**
 * Seeds a fraud case sent 12 minutes ago and accepted 2 minutes later with a 2-hour delay, so the
 * countdown, the timeline and every first-screen element have something to show.
 */
function seedFraudCase(context, id, extra = {}) {
  const now = Date.now()
  const sentAt = now - 12 * 60 * 1000
  return seedStorage(context, `tr:case:${id}`, {
    v: 1,
    data: {
      id,
      ...extra,
      createdAt: sentAt,
      updatedAt: sentAt,
      transfer: {
        method: 'chat',
        sentAt,
        amountFen: 128000,
        arrival: 'delay2h',
        recipient: 'accepted',
        acceptedAt: now - 10 * 60 * 1000,
        cause: 'fraud',
      },
    },
  })
}

module.exports = { start, browserSession, seedStorage, seedFraudCase }
