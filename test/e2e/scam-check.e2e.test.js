// The scam-sign check in Chromium (H5 build): answering, the verdict and its first button, the
// status check it leads to, tap-target sizes (≥ 44 px, ≥ 60 px in 大字模式), contrast ≥ 4.5:1 in
// light and dark, and controls that reach the accessibility tree with a role and a name.
// Screenshots: scam-check-{light,dark,large}.png and scam-check-verify.png.
const { test, expect, url, seedStorage, LARGE_TEXT } = require('./fixtures')

const ROUTE = 'pages/scam-check/index'

/** Taro's H5 page scrolls inside `.taro_page`: grow the viewport to the content, then shoot. */
async function shotTall(shot, page, name) {
  const size = page.viewportSize()
  const height = await page.evaluate(() => {
    const scroller = document.querySelector('.taro_page') || document.scrollingElement
    scroller.scrollTop = 0
    return Math.min(9000, scroller.scrollHeight)
  })
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) })
  await page.waitForTimeout(200)
  await shot(page, name)
  await page.setViewportSize(size)
}

async function openCheck(open, options = {}, seed) {
  const session = await open(options)
  if (seed) await seedStorage(session.context, 'tr:settings', seed)
  await session.page.goto(url(ROUTE))
  await session.page.locator('#paid-no').waitFor({ timeout: 20000 })
  await session.page.evaluate(() => document.fonts.ready)
  return session
}

/** Answers and shows the result: not paid, a 公检法 "safe account" and a screen share. */
async function answerStop(page) {
  await page.locator('#paid-no').click()
  await page.locator('#safe-account-yes').click()
  await page.locator('#screen-share-yes').click()
  await page.locator('#loan-fee-no').click()
  await page.locator('#show-result').click()
  await page.locator('#verdict-title').waitFor({ timeout: 10000 })
}

/** Sizes of every tappable control on the page, in CSS px. */
function tapTargets(page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '.yes-no__answer, #show-result, #primary-action, #reset-answers, [id^="action-"]',
      ),
    ].map((el) => {
      const r = el.getBoundingClientRect()
      return { id: el.id, width: r.width, height: r.height }
    }),
  )
}

/**
 * Contrast of each element's text against the first opaque background behind it (WCAG formula).
 * Returns the worst few so a failure names them.
 */
function contrasts(page, selector) {
  return page.evaluate((sel) => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/)
      if (!m) return null
      const [r, g, b, a = 1] = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number)
      return { r, g, b, a }
    }
    const lum = ({ r, g, b }) => {
      const ch = (v) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
    }
    const background = (el) => {
      for (let n = el; n; n = n.parentElement) {
        const bg = parse(getComputedStyle(n).backgroundColor)
        if (bg && bg.a > 0.5) return bg
      }
      return parse(getComputedStyle(document.body).backgroundColor)
    }
    return [...document.querySelectorAll(sel)]
      .filter((el) => el.offsetParent !== null && el.textContent.trim())
      .map((el) => {
        const fg = parse(getComputedStyle(el).color)
        const bg = background(el)
        const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a)
        return { text: el.textContent.trim().slice(0, 16), ratio: (hi + 0.05) / (lo + 0.05) }
      })
      .sort((a, b) => a.ratio - b.ratio)
  }, selector)
}

const TEXT_SELECTOR = [
  '.page-heading',
  '.scam-check-page__lead',
  '.yes-no__question',
  '.yes-no__example',
  '.yes-no__answer',
  '#show-result',
  '.hint',
  '#verdict-title',
  '#verdict .body-text',
  '.scam-result__first-title',
  '.scam-result__then',
  '#primary-action',
  '.scam-result .card-title',
  '.scam-result .body-text',
  '.source-note__text',
  '.source-note__hedge',
].join(', ')

for (const colorScheme of ['light', 'dark']) {
  test(`${colorScheme}: verdict first with its button, text contrast ≥ 4.5:1, targets ≥ 44 px`, async ({
    open,
    shot,
  }) => {
    const { page, errors } = await openCheck(open, { colorScheme })
    await answerStop(page)
    expect((await page.locator('#verdict-title').innerText()).trim()).toBe('⚠ 停！这很像骗局')
    expect(await page.locator('#verdict').innerText()).toMatch(/第一步：先别转钱/)
    expect((await page.locator('#primary-action').innerText()).trim()).toBe('拨打 96110 咨询')
    const steps = await page
      .locator('.scam-result__step')
      .evaluateAll((els) => els.map((e) => e.id))
    expect(steps).toEqual([
      'step-dont-pay',
      'step-end-screen-share',
      'step-secure-account',
      'step-verify-known-number',
      'step-call-96110',
    ])
    // The verdict is scrolled into view (it leads the result).
    await page.waitForFunction(
      () => {
        const top = document.querySelector('#scam-result').getBoundingClientRect().top
        return top > -40 && top < 200
      },
      null,
      { timeout: 5000 },
    )

    const worst = await contrasts(page, TEXT_SELECTOR)
    expect(worst.length, `measured ${worst.length} texts`).toBeGreaterThan(40)
    expect(
      worst[0].ratio,
      `lowest contrast ${JSON.stringify(worst.slice(0, 3))}`,
    ).toBeGreaterThanOrEqual(4.5)
    console.log(
      `${colorScheme}: lowest text contrast ${worst[0].ratio.toFixed(2)}:1 (${worst[0].text})`,
    )

    const targets = await tapTargets(page)
    expect(targets.length, `${targets.length} targets`).toBeGreaterThanOrEqual(26)
    const smallest = targets.reduce((a, b) =>
      Math.min(a.width, a.height) <= Math.min(b.width, b.height) ? a : b,
    )
    expect(
      Math.min(smallest.width, smallest.height),
      JSON.stringify(smallest),
    ).toBeGreaterThanOrEqual(44)
    console.log(
      `${colorScheme}: smallest tap target ${smallest.width.toFixed(0)}×${smallest.height.toFixed(0)} px (${smallest.id})`,
    )

    await shotTall(shot, page, `scam-check-${colorScheme}`)
    expect(errors).toEqual([])
  })
}

test('大字模式: bigger text and every answer at least 60 px', async ({ open, shot }) => {
  const normal = await openCheck(open)
  const normalFont = await normal.page
    .locator('#question-safe-account .yes-no__question')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  await normal.context.close()

  const { page, errors } = await openCheck(open, {}, LARGE_TEXT)
  const largeFont = await page
    .locator('#question-safe-account .yes-no__question')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(largeFont, `${normalFont}px → ${largeFont}px`).toBeGreaterThanOrEqual(normalFont * 1.2)
  await answerStop(page)
  const targets = await tapTargets(page)
  const smallest = Math.min(...targets.map((t) => Math.min(t.width, t.height)))
  expect(smallest, `smallest target in 大字模式: ${smallest}px`).toBeGreaterThanOrEqual(60)
  console.log(
    `large: question ${normalFont}px → ${largeFont}px; smallest tap target ${smallest.toFixed(0)} px`,
  )
  const worst = await contrasts(page, TEXT_SELECTOR)
  expect(worst[0].ratio, JSON.stringify(worst.slice(0, 3))).toBeGreaterThanOrEqual(4.5)
  await shotTall(shot, page, 'scam-check-large')
  expect(errors).toEqual([])
})

test('controls reach the accessibility tree with a role and a name', async ({ open }) => {
  const { page, errors } = await openCheck(open)
  await page.getByRole('button', { name: '还没转，第 1 题' }).click()
  await page.getByRole('button', { name: '是，第 4 题', exact: true }).click()
  expect(
    await page
      .getByRole('button', { name: '是，第 4 题，已选', exact: true })
      .getAttribute('aria-pressed'),
  ).toBe('true')
  await page.getByRole('button', { name: '看结果' }).click()
  await page.getByRole('button', { name: '拨打 96110 咨询' }).first().waitFor()
  const snapshot = await page.locator('#question-verification-code').ariaSnapshot()
  expect(snapshot).toMatch(/button "是，第 4 题，已选"/)
  expect(snapshot).toMatch(/button "不是，第 4 题"/)
  expect(errors).toEqual([])
})

test('already paid, no sign: 110 first without any "safe", and the status check is one tap away', async ({
  open,
  shot,
}) => {
  const { page, errors } = await openCheck(open)
  await page.locator('#paid-yes').click()
  await page.locator('#show-result').click()
  await page.locator('#verdict-title').waitFor()
  const result = await page.locator('#scam-result').innerText()
  expect(result).toMatch(/先报警/)
  expect(result).toMatch(/不能说明对方可信/)
  expect(result).not.toMatch(/安全的|是安全|放心|没问题|可以转|(?<!是)不是骗局/)
  expect((await page.locator('#primary-action').innerText()).trim()).toBe('拨打 110 报警')
  await shotTall(shot, page, 'scam-check-report')
  await page.locator('#action-check-transfer').click()
  await page.waitForURL(/pages\/status\/index/, { timeout: 10000 })
  await page.locator('#submit-status').waitFor()
  // Nothing about the answers was stored in the browser.
  const keys = await page.evaluate(() => Object.keys(localStorage))
  expect(keys.filter((k) => k.includes('scam') || k.includes('answer'))).toEqual([])
  expect(errors).toEqual([])
})

test('home card "还没转？先查是不是骗局" opens the check', async ({ open }) => {
  const { page, errors } = await open()
  await page.goto(url('pages/home/index'))
  const card = page.locator('#open-scam-check').locator('visible=true').first()
  await card.waitFor({ timeout: 20000 })
  expect(await card.innerText()).toMatch(/还没转？先查是不是骗局/)
  await card.click()
  await page.waitForURL(/pages\/scam-check\/index/, { timeout: 10000 })
  await page.locator('#paid-no').waitFor()
  expect(errors).toEqual([])
})
