// Every page in light, dark and large-text modes (大字模式 and dark mode must work everywhere, FACTS A1 and M5), in
// Chromium on the H5 build. Screenshots: test-results/screenshots/<page>-{light,dark,large}.png.
// Asserts that dark mode really changes the page background and 大字模式 really enlarges the
// heading. Pages only need the shared PageShell for this to hold, whatever else they show.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const { seedStorage, browserSession } = require('./browser')

const pages = [
  ['pages/home/index', 'home'],
  ['pages/checklist/index', 'checklist'],
  ['pages/prevention/index', 'prevention'],
  ['pages/status/index', 'status'],
  ['pages/countdown/index', 'countdown'],
  ['pages/about/index', 'about'],
  ['pages/scam-check/index', 'scam-check-page'],
]

const LARGE_TEXT = { v: 1, data: { largeText: true } }

const env = browserSession()

/** Opens a page and waits for the page shell; returns what the assertions compare. */
async function look(page, route) {
  await page.goto(env.url(route))
  const shell = page.locator('.page-shell').locator('visible=true').first()
  await shell.waitFor({ timeout: 20000 })
  // Let fonts and the first commit settle so screenshots are stable.
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(300)
  return shell.evaluate((el) => {
    const heading = el.querySelector('.page-heading') || el
    const css = (node) => getComputedStyle(node)
    return {
      shellBackground: css(el).backgroundColor,
      bodyBackground: css(document.body).backgroundColor,
      textColour: css(el).color,
      headingFontPx: parseFloat(css(heading).fontSize),
      scale: el.style.getPropertyValue('--fs-scale').trim() || el.getAttribute('style') || '',
    }
  })
}

async function withPage(options, fn) {
  const { page, context, errors } = await env.newPage(options)
  try {
    return await fn(page, context)
  } finally {
    assert.deepEqual(errors, [], 'no script errors on the page')
    await context.close()
  }
}

const seen = {}

for (const [route, name] of pages) {
  test(`${name}: light, dark and large text`, async () => {
    const light = await withPage({ colorScheme: 'light' }, async (page) => {
      const r = await look(page, route)
      await env.shot(page, `${name}-light`)
      return r
    })
    const dark = await withPage({ colorScheme: 'dark' }, async (page) => {
      const r = await look(page, route)
      await env.shot(page, `${name}-dark`)
      return r
    })
    const large = await withPage({ colorScheme: 'light' }, async (page, context) => {
      await seedStorage(context, 'tr:settings', LARGE_TEXT)
      const r = await look(page, route)
      await env.shot(page, `${name}-large`)
      return r
    })
    seen[name] = { light, dark, large }

    assert.notEqual(dark.shellBackground, light.shellBackground, 'dark mode changes the background')
    assert.notEqual(dark.bodyBackground, light.bodyBackground, 'dark mode changes the body too')
    assert.notEqual(dark.textColour, light.textColour, 'and the text colour')
    assert.ok(
      large.headingFontPx >= light.headingFontPx * 1.2,
      `大字模式 enlarges the heading (${light.headingFontPx}px → ${large.headingFontPx}px)`,
    )
  })
}

test('the 大字模式 switch on the prevention page is saved and enlarges every page after it', async () => {
  await withPage({ colorScheme: 'light' }, async (page) => {
    const initial = await look(page, 'pages/prevention/index')
    await page.locator('#large-text-switch').locator('visible=true').first().click()
    await page.waitForFunction(() => {
      const raw = localStorage.getItem('tr:settings')
      return raw && JSON.parse(raw).data.data.largeText === true
    })
    const afterToggle = await page
      .locator('.page-shell .page-heading')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    assert.ok(
      afterToggle >= initial.headingFontPx * 1.2,
      `${initial.headingFontPx} → ${afterToggle}`,
    )

    // Same browser context, so the same storage: the about page opens large.
    const about = await look(page, 'pages/about/index')
    assert.ok(about.headingFontPx >= initial.headingFontPx * 1.2)
    await env.shot(page, 'about-after-switch')
  })
})

test('figures', () => {
  // Printed for the report: heading size per page and mode, and the background colours.
  for (const [name, r] of Object.entries(seen)) {
    console.log(
      `${name}: heading ${r.light.headingFontPx}px → large ${r.large.headingFontPx}px; ` +
        `background ${r.light.shellBackground} / dark ${r.dark.shellBackground}`,
    )
  }
})
