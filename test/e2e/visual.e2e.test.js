// The first screen of every page, in normal, 大字模式 and dark, compared with the committed
// baselines in test/e2e/screenshots/ (375×667, Debian's Chromium and fonts-noto-cjk). A change of
// layout, size or colour fails until the baselines are regenerated on purpose:
//   npm run test:e2e -- --update-snapshots
// The clock is frozen (Date.now stays at FROZEN while timers keep running), so every countdown
// shows the same time on every run; the seeded case is dated from the same moment.
const { test, expect, url } = require('./fixtures')
const { seedStorage, seedFraudCase, LARGE_TEXT, PAGES, MODES } = require('./fixtures')

const VIEWPORT = { width: 375, height: 667 }
const FROZEN = Date.parse('2026-05-01T10:00:00+08:00')

const pages = [
  PAGES.home,
  PAGES.checklist,
  PAGES.prevention,
  PAGES.status,
  {
    ...PAGES.countdown,
    query: 'id=a1',
    seed: (context) => seedFraudCase(context, 'a1', {}, FROZEN),
  },
  PAGES.about,
  PAGES.scamCheck,
]

for (const p of pages) {
  for (const m of MODES) {
    test(`${p.name} (${m.mode}) first screen matches its baseline`, async ({ open }) => {
      const { page, context, errors } = await open({
        colorScheme: m.colorScheme,
        viewport: VIEWPORT,
        deviceScaleFactor: 1,
      })
      await page.clock.setFixedTime(FROZEN)
      if (m.large) await seedStorage(context, 'tr:settings', LARGE_TEXT)
      if (p.seed) await p.seed(context)
      await page.goto(url(p.route, p.query))
      await page.locator('.page-shell').locator('visible=true').first().waitFor({ timeout: 20000 })
      await page.evaluate(() => document.fonts.ready)
      await expect(page).toHaveScreenshot(`${p.name}-${m.mode}.png`)
      expect(errors, 'no script errors').toEqual([])
    })
  }
}
