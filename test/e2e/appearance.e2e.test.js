// Every page in light, dark and large-text modes (大字模式 and dark mode must work everywhere, FACTS A1 and M5), in
// Chromium on the H5 build. Screenshots: test-results/screenshots/<page>-{light,dark,large}.png.
// Asserts that dark mode really changes the page background and 大字模式 really enlarges the
// heading. Pages only need the shared PageShell for this to hold, whatever else they show.
const { test, expect, url, seedStorage, LARGE_TEXT } = require('./fixtures')

const pages = [
  ['pages/home/index', 'home'],
  ['pages/checklist/index', 'checklist'],
  ['pages/prevention/index', 'prevention'],
  ['pages/status/index', 'status'],
  ['pages/countdown/index', 'countdown'],
  ['pages/about/index', 'about'],
  ['pages/scam-check/index', 'scam-check-page'],
]

/** Opens a page and waits for the page shell; returns what the assertions compare. */
async function look(page, route) {
  await page.goto(url(route))
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

/** Opens a page in its own context, runs fn, then checks the page threw no script error. */
async function withPage(open, options, fn) {
  const { page, context, errors } = await open(options)
  try {
    return await fn(page, context)
  } finally {
    expect(errors, 'no script errors on the page').toEqual([])
    await context.close()
  }
}

const seen = {}

test.afterAll(() => {
  // Printed for the report: heading size per page and mode, and the background colours.
  for (const [name, r] of Object.entries(seen)) {
    console.log(
      `${name}: heading ${r.light.headingFontPx}px → large ${r.large.headingFontPx}px; ` +
        `background ${r.light.shellBackground} / dark ${r.dark.shellBackground}`,
    )
  }
})

for (const [route, name] of pages) {
  test(`${name}: light, dark and large text`, async ({ open, shot }) => {
    const light = await withPage(open, { colorScheme: 'light' }, async (page) => {
      const r = await look(page, route)
      await shot(page, `${name}-light`)
      return r
    })
    const dark = await withPage(open, { colorScheme: 'dark' }, async (page) => {
      const r = await look(page, route)
      await shot(page, `${name}-dark`)
      return r
    })
    const large = await withPage(open, { colorScheme: 'light' }, async (page, context) => {
      await seedStorage(context, 'tr:settings', LARGE_TEXT)
      const r = await look(page, route)
      await shot(page, `${name}-large`)
      return r
    })
    seen[name] = { light, dark, large }

    expect(dark.shellBackground, 'dark mode changes the background').not.toBe(light.shellBackground)
    expect(dark.bodyBackground, 'dark mode changes the body too').not.toBe(light.bodyBackground)
    expect(dark.textColour, 'and the text colour').not.toBe(light.textColour)
    expect(
      large.headingFontPx,
      `大字模式 enlarges the heading (${light.headingFontPx}px → ${large.headingFontPx}px)`,
    ).toBeGreaterThanOrEqual(light.headingFontPx * 1.2)
  })
}

test('the 大字模式 switch on the prevention page is saved and enlarges every page after it', async ({
  open,
  shot,
}) => {
  await withPage(open, { colorScheme: 'light' }, async (page) => {
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
    expect(afterToggle, `${initial.headingFontPx} → ${afterToggle}`).toBeGreaterThanOrEqual(
      initial.headingFontPx * 1.2,
    )

    // Same browser context, so the same storage: the about page opens large.
    const about = await look(page, 'pages/about/index')
    expect(about.headingFontPx).toBeGreaterThanOrEqual(initial.headingFontPx * 1.2)
    await shot(page, 'about-after-switch')
  })
})
