// The scam-sign check in Chromium (H5 build): answering, the verdict and its first button, the
// status check it leads to, tap-target sizes (≥ 44 px, ≥ 60 px in 大字模式), contrast ≥ 4.5:1 in
// light and dark, and controls that reach the accessibility tree with a role and a name.
// Screenshots: scam-check-{light,dark,large}.png and scam-check-verify.png.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const { browserSession, seedStorage } = require('./browser')

const env = browserSession()
const ROUTE = 'pages/scam-check/index'
const LARGE_TEXT = { v: 1, data: { largeText: true } }

/** Taro's H5 page scrolls inside `.taro_page`: grow the viewport to the content, then shoot. */
async function shotTall(page, name) {
  const size = page.viewportSize()
  const height = await page.evaluate(() => {
    const scroller = document.querySelector('.taro_page') || document.scrollingElement
    scroller.scrollTop = 0
    return Math.min(9000, scroller.scrollHeight)
  })
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) })
  await page.waitForTimeout(200)
  await env.shot(page, name)
  await page.setViewportSize(size)
}

async function openCheck(options = {}, seed) {
  const session = await env.newPage(options)
  if (seed) await seedStorage(session.context, 'tr:settings', seed)
  await session.page.goto(env.url(ROUTE))
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
  test(`${colorScheme}: verdict first with its button, text contrast ≥ 4.5:1, targets ≥ 44 px`, async () => {
    const { page, context, errors } = await openCheck({ colorScheme })
    await answerStop(page)
    assert.equal((await page.locator('#verdict-title').innerText()).trim(), '⚠ 停！这很像骗局')
    assert.match(await page.locator('#verdict').innerText(), /第一步：先别转钱/)
    assert.equal((await page.locator('#primary-action').innerText()).trim(), '拨打 96110 咨询')
    const steps = await page
      .locator('.scam-result__step')
      .evaluateAll((els) => els.map((e) => e.id))
    assert.deepEqual(steps, [
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
    assert.ok(worst.length > 40, `measured ${worst.length} texts`)
    assert.ok(worst[0].ratio >= 4.5, `lowest contrast ${JSON.stringify(worst.slice(0, 3))}`)
    console.log(
      `${colorScheme}: lowest text contrast ${worst[0].ratio.toFixed(2)}:1 (${worst[0].text})`,
    )

    const targets = await tapTargets(page)
    assert.ok(targets.length >= 26, `${targets.length} targets`)
    const smallest = targets.reduce((a, b) =>
      Math.min(a.width, a.height) <= Math.min(b.width, b.height) ? a : b,
    )
    assert.ok(Math.min(smallest.width, smallest.height) >= 44, JSON.stringify(smallest))
    console.log(
      `${colorScheme}: smallest tap target ${smallest.width.toFixed(0)}×${smallest.height.toFixed(0)} px (${smallest.id})`,
    )

    await shotTall(page, `scam-check-${colorScheme}`)
    assert.deepEqual(errors, [])
    await context.close()
  })
}

test('大字模式: bigger text and every answer at least 60 px', async () => {
  const normal = await openCheck()
  const normalFont = await normal.page
    .locator('#question-safe-account .yes-no__question')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  await normal.context.close()

  const { page, context, errors } = await openCheck({}, LARGE_TEXT)
  const largeFont = await page
    .locator('#question-safe-account .yes-no__question')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  assert.ok(largeFont >= normalFont * 1.2, `${normalFont}px → ${largeFont}px`)
  await answerStop(page)
  const targets = await tapTargets(page)
  const smallest = Math.min(...targets.map((t) => Math.min(t.width, t.height)))
  assert.ok(smallest >= 60, `smallest target in 大字模式: ${smallest}px`)
  console.log(
    `large: question ${normalFont}px → ${largeFont}px; smallest tap target ${smallest.toFixed(0)} px`,
  )
  const worst = await contrasts(page, TEXT_SELECTOR)
  assert.ok(worst[0].ratio >= 4.5, JSON.stringify(worst.slice(0, 3)))
  await shotTall(page, 'scam-check-large')
  assert.deepEqual(errors, [])
  await context.close()
})

test('controls reach the accessibility tree with a role and a name', async () => {
  const { page, context, errors } = await openCheck()
  await page.getByRole('button', { name: '第 1 题：还没转' }).click()
  await page.getByRole('button', { name: '第 4 题：是' }).click()
  assert.equal(
    await page.getByRole('button', { name: '第 4 题：是，已选' }).getAttribute('aria-pressed'),
    'true',
  )
  await page.getByRole('button', { name: '看结果' }).click()
  await page.getByRole('button', { name: '拨打 96110 咨询' }).first().waitFor()
  const snapshot = await page.locator('#question-verification-code').ariaSnapshot()
  assert.match(snapshot, /button "第 4 题：是，已选"/)
  assert.match(snapshot, /button "第 4 题：不是"/)
  assert.deepEqual(errors, [])
  await context.close()
})

test('already paid, no sign: 110 first without any "safe", and the status check is one tap away', async () => {
  const { page, context, errors } = await openCheck()
  await page.locator('#paid-yes').click()
  await page.locator('#show-result').click()
  await page.locator('#verdict-title').waitFor()
  const result = await page.locator('#scam-result').innerText()
  assert.match(result, /先报警/)
  assert.match(result, /不能说明对方可信/)
  assert.doesNotMatch(result, /安全的|是安全|放心|没问题|可以转|(?<!是)不是骗局/)
  assert.equal((await page.locator('#primary-action').innerText()).trim(), '拨打 110 报警')
  await shotTall(page, 'scam-check-report')
  await page.locator('#action-check-transfer').click()
  await page.waitForURL(/pages\/status\/index/, { timeout: 10000 })
  await page.locator('#submit-status').waitFor()
  // Nothing about the answers was stored in the browser.
  const keys = await page.evaluate(() => Object.keys(localStorage))
  assert.deepEqual(
    keys.filter((k) => k.includes('scam') || k.includes('answer')),
    [],
  )
  assert.deepEqual(errors, [])
  await context.close()
})

test('home card "还没转？先查是不是骗局" opens the check', async () => {
  const { page, context, errors } = await env.newPage()
  await page.goto(env.url('pages/home/index'))
  const card = page.locator('#open-scam-check').locator('visible=true').first()
  await card.waitFor({ timeout: 20000 })
  assert.match(await card.innerText(), /还没转？先查是不是骗局/)
  await card.click()
  await page.waitForURL(/pages\/scam-check\/index/, { timeout: 10000 })
  await page.locator('#paid-no').waitFor()
  assert.deepEqual(errors, [])
  await context.close()
})
