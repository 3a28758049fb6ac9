// Shared setup for the H5 end-to-end tests: Playwright Test's `test` with an `open` fixture that
// opens pages in fresh browser contexts (so a test can compare light, dark and 大字模式 side by
// side), records script errors, blocks every request that leaves this machine and fails the test
// if there was one. Also the storage seeds the tests start from.
const fs = require('fs')
const path = require('path')
const base = require('@playwright/test')

const { expect } = base
const shots = path.resolve(__dirname, '../../test-results/screenshots')

/** The settings value that turns 大字模式 on. */
const LARGE_TEXT = { v: 1, data: { largeText: true } }

/** Every page of the app by name (the audit and the screenshot baselines go through all of them). */
const PAGES = {
  home: { name: 'home', route: 'pages/home/index' },
  checklist: { name: 'checklist', route: 'pages/checklist/index' },
  prevention: { name: 'prevention', route: 'pages/prevention/index' },
  status: { name: 'status', route: 'pages/status/index' },
  countdown: { name: 'countdown', route: 'pages/countdown/index' },
  about: { name: 'about', route: 'pages/about/index' },
  scamCheck: { name: 'scam-check', route: 'pages/scam-check/index' },
}

/** The three ways every page must work: normal, 大字模式 and dark (FACTS A1, M5). */
const MODES = [
  { mode: 'normal', colorScheme: 'light', large: false },
  { mode: 'large', colorScheme: 'light', large: true },
  { mode: 'dark', colorScheme: 'dark', large: false },
]

const test = base.test.extend({
  /**
   * open({ colorScheme, viewport, deviceScaleFactor }) → { page, context, errors }. Contexts are
   * closed after the test; a request that left this machine fails it.
   */
  open: async ({ browser, baseURL, timezoneId }, use) => {
    const contexts = []
    const offSite = []
    await use(
      async ({
        colorScheme = 'light',
        viewport = { width: 390, height: 844 },
        deviceScaleFactor = 2,
      } = {}) => {
        const context = await browser.newContext({
          baseURL,
          timezoneId,
          colorScheme,
          viewport,
          deviceScaleFactor,
        })
        contexts.push(context)
        await context.route('**/*', (route) => {
          const url = route.request().url()
          if (url.startsWith(baseURL) || url.startsWith('data:')) return route.continue()
          offSite.push(url)
          return route.abort()
        })
        const page = await context.newPage()
        const errors = []
        page.on('pageerror', (e) => errors.push(String(e)))
        return { page, context, errors }
      },
    )
    for (const context of contexts) await context.close().catch(() => {})
    expect(offSite, 'the app must not request anything off this machine').toEqual([])
  },

  /** shot(page, name): a full-page screenshot in test-results/screenshots/, also in the report. */
  shot: async ({}, use, testInfo) => {
    fs.mkdirSync(shots, { recursive: true })
    await use(async (page, name) => {
      const file = path.join(shots, `${name}.png`)
      await page.screenshot({ path: file, fullPage: true })
      await testInfo.attach(name, { path: file, contentType: 'image/png' })
    })
  },
})

/** The hash route of a page, relative to the server: url('pages/home/index', 'id=a1'). */
const url = (route, query = '') => `/#/${route}${query ? `?${query}` : ''}`

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
 * Seeds a fraud case sent 12 minutes before `now` and accepted 2 minutes later with a 2-hour
 * delay, so the countdown, the timeline and every first-screen element have something to show.
 */
function seedFraudCase(context, id, extra = {}, now = Date.now()) {
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

module.exports = { test, expect, url, seedStorage, seedFraudCase, LARGE_TEXT, PAGES, MODES }
