// Accessibility and elder-mode audit of every page in Chromium at 375×667 (H5 build), in normal,
// 大字模式 and dark: axe-core finds no serious or critical violation, every text meets its contrast
// minimum, every tap target is at least 44×44 (60×60 in 大字模式) and announces a role and a name,
// and in 大字模式 at most 10% of the characters are under 18 px (FACTS A1, A3). On the status result
// and the countdown the first screen (603 px: 667 minus WeChat's navigation bar) holds the stage,
// the nearest deadline, the first action and, for fraud or a stolen account, the 110 button.
// The audit also runs axe-core's label-content-name-mismatch rule (shipped disabled), checks that
// every control's name begins with the caption it shows (axe leaves Chinese names undecided), counts
// Taro's Button as a tap target even when it has no click handler (share buttons).
// Screenshots: test-results/screenshots/a11y-<page>-<mode>.png (the first screen); everything
// measured: test-results/a11y/<page>-<mode>.json. One page: npx playwright test a11y -g prevention
const fs = require('fs')
const path = require('path')
const {
  test,
  expect,
  url,
  seedStorage,
  seedFraudCase,
  LARGE_TEXT,
  PAGES,
  MODES,
} = require('./fixtures')
const { auditPage } = require('./audit')

const VIEWPORT = { width: 375, height: 667 }
const FIRST_SCREEN = 603

const seedA1 = (context) => seedFraudCase(context, 'a1')

/** Fills the status form for a pending fraud transfer sent just now and shows the result. */
async function showStatusResult(page) {
  await page.locator('#submit-status').waitFor({ timeout: 20000 })
  await page.locator('#method-chat').click()
  await page.locator('#sent-now').click()
  await page.locator('#amount input').fill('500')
  // Typed over, the placeholder is gone; the box keeps its name.
  // (A digit box is a spinbutton to the accessibility tree; getByLabel finds it by its name.)
  await expect(
    page.getByLabel('转了多少钱？（单位：元）', { exact: true }),
    'the amount box has a name of its own',
  ).toHaveCount(1)
  await page.locator('#arrival-instant').click()
  await page.locator('#recipient-pending').click()
  await page.locator('#cause-fraud').click()
  await page.locator('#submit-status').click()
  await page.locator('#stage-headline').waitFor({ timeout: 10000 })
  // The page scrolls the result to the top of the screen.
  await page.waitForFunction(
    () => Math.abs(document.querySelector('#stage-result').getBoundingClientRect().top) < 40,
    null,
    { timeout: 5000 },
  )
}

const FIRST_SCREEN_IDS = ['stage-headline', 'urgent-clock', 'first-action', 'call-110']

const pages = [
  PAGES.home,
  PAGES.checklist,
  PAGES.prevention,
  PAGES.status,
  {
    ...PAGES.status,
    name: 'status-result',
    prepare: showStatusResult,
    firstScreen: FIRST_SCREEN_IDS,
  },
  { ...PAGES.countdown, query: 'id=a1', seed: seedA1, firstScreen: FIRST_SCREEN_IDS },
  PAGES.about,
  PAGES.scamCheck,
  {
    ...PAGES.scamCheck,
    name: 'scam-result',
    prepare: async (page) => {
      await page.locator('#paid-yes').click()
      await page.locator('#safe-account-yes').click()
      await page.locator('#show-result').click()
      await page.locator('#scam-result').waitFor({ timeout: 10000 })
    },
  },
]

const figures = []

/** Where each first-screen element sits on the screen the user sees (top of the viewport = 0). */
async function firstScreenBoxes(page, ids) {
  return page.evaluate((list) => {
    const out = {}
    for (const id of list) {
      const all = [...document.querySelectorAll(`#${id}`)]
      const el = all.find((e) => e.checkVisibility()) || null
      if (!el) {
        out[id] = null
        continue
      }
      const r = el.getBoundingClientRect()
      out[id] = { top: r.top, bottom: r.bottom, width: r.width, height: r.height }
    }
    return out
  }, ids)
}

test.afterAll(() => {
  // Printed for the report: one line per page and mode.
  for (const f of figures) {
    console.log(
      `a11y ${f.page} ${f.mode}: axe ${f.axe}, low contrast ${f.lowContrast}, ` +
        `small targets ${f.smallTargets}/${f.targets}, unnamed ${f.unnamed}, ` +
        `name not led by caption ${f.misnamed}, ` +
        `under 18px ${(f.smallShare * 100).toFixed(0)}%`,
    )
  }
})

for (const p of pages) {
  for (const m of MODES) {
    test(`${p.name} (${m.mode}): axe, contrast, tap targets, names, text size`, async ({
      open,
    }) => {
      const { page, context, errors } = await open({
        colorScheme: m.colorScheme,
        viewport: VIEWPORT,
      })
      if (m.large) await seedStorage(context, 'tr:settings', LARGE_TEXT)
      if (p.seed) await p.seed(context)
      await page.goto(url(p.route, p.query))
      await page
        .locator(p.ready || '.page-shell')
        .locator('visible=true')
        .first()
        .waitFor({ timeout: 20000 })
      if (p.prepare) await p.prepare(page)
      await page.evaluate(() => document.fonts.ready)
      await page.waitForTimeout(300)
      await page.screenshot({
        path: path.join(__dirname, `../../test-results/screenshots/a11y-${p.name}-${m.mode}.png`),
      })

      // Where the first-screen elements sit, before the audit (axe runs with the page on screen).
      let boxes = null
      if (p.firstScreen && m.mode !== 'dark') {
        boxes = await firstScreenBoxes(page, p.firstScreen)
      }

      const r = await auditPage(page, { large: m.large })
      const row = {
        page: p.name,
        mode: m.mode,
        axe: r.axeNodes,
        lowContrast: r.lowContrast.length,
        smallTargets: r.smallTargets.length,
        unnamed: r.unnamed.length,
        misnamed: r.misnamed.length,
        smallShare: r.smallShare,
        targets: r.targets.length,
      }
      figures.push(row)

      // Everything measured, for a person reading why a line failed.
      const details = path.join(__dirname, '../../test-results/a11y')
      fs.mkdirSync(details, { recursive: true })
      fs.writeFileSync(
        path.join(details, `${p.name}-${m.mode}.json`),
        JSON.stringify({ ...row, boxes, ...r }, null, 1),
      )

      // Soft: one run names every kind of failure on the page, not only the first.
      expect
        .soft(
          r.axe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
          'no serious or critical axe-core violations',
        )
        .toEqual([])
      expect
        .soft(
          r.lowContrast.map((t) => `${t.where} "${t.text}" ${t.contrast} < ${t.minimum}`),
          'every text meets its contrast minimum',
        )
        .toEqual([])
      expect
        .soft(
          r.smallTargets.map((t) => `${t.where} "${t.text}" ${t.width}×${t.height}`),
          `every tap target is at least ${m.large ? 60 : 44}×${m.large ? 60 : 44}`,
        )
        .toEqual([])
      expect
        .soft(
          r.unnamed.map((t) => `${t.where} "${t.text}" role=${t.role} name="${t.name}"`),
          'every tap target announces a control role and a name (and its checked state)',
        )
        .toEqual([])
      expect
        .soft(
          r.misnamed.map((t) => `${t.where} caption "${t.caption}" name "${t.name}"`),
          "every control's name begins with the caption it shows",
        )
        .toEqual([])
      if (m.large) {
        expect
          .soft(
            r.smallShare,
            `大字模式: ${(r.smallShare * 100).toFixed(1)}% of characters under 18 px (at most 10%): ` +
              [...new Set(r.smallText.map((t) => t.where))].slice(0, 12).join(', '),
          )
          .toBeLessThanOrEqual(0.1)
      }
      if (p.firstScreen) {
        // The other numbers stay one tap away below the first screen, under their stable ids.
        for (const id of ['call-96110', 'call-95017']) {
          expect(await page.locator(`#${id}`).count(), `#${id} is on the page once`).toBe(1)
        }
      }
      if (boxes) {
        for (const id of p.firstScreen) {
          const b = boxes[id]
          expect(b, `#${id} is on the page`).toBeTruthy()
          expect(
            b.top >= -1 && b.bottom <= FIRST_SCREEN,
            `#${id} within the first ${FIRST_SCREEN} px (top ${Math.round(b.top)}, bottom ${Math.round(b.bottom)})`,
          ).toBe(true)
        }
      }
      expect(errors, 'no script errors').toEqual([])
    })
  }
}
