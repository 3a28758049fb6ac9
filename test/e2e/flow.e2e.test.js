// The emergency flow in Chromium (H5 build): home → 先查状态 → fill the status form → see the
// stage → 保存并开始倒计时 → the countdown page with the new case's id. Screenshots: home.png,
// status-form.png, status-result.png, home-cases.png (test-results/screenshots/).
const { test, expect, url } = require('./fixtures')

const visible = (page, text) => page.getByText(text).locator('visible=true').first()

/**
 * Taro's H5 page scrolls inside `.taro_page`, so a "full page" screenshot would show only the
 * viewport: grow the viewport to the content (from `selector`'s top), shoot, then restore it.
 */
async function shotTall(shot, page, name, selector) {
  const size = page.viewportSize()
  // The page element that holds `selector` is the one that scrolls.
  const scrollTo = (sel) => {
    const target = document.querySelector(sel)
    const scroller = target.closest('.taro_page') || document.scrollingElement
    scroller.scrollTop = target === scroller ? 0 : target.offsetTop
    return Math.min(4000, scroller.scrollHeight - scroller.scrollTop)
  }
  const height = await page.evaluate(scrollTo, selector)
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) })
  await page.evaluate(scrollTo, selector)
  await shot(page, name)
  await page.setViewportSize(size)
}

test('home → status check → result → save lands on the countdown', async ({ open, shot }) => {
  const { page, errors } = await open()
  await page.goto(url('pages/home/index'))
  await page.locator('#start-check').waitFor({ timeout: 15000 })
  await visible(page, '还没有保存的转账记录').waitFor()
  await shot(page, 'home')

  await page.locator('#start-check').click()
  await page.waitForURL(/pages\/status\/index/, { timeout: 10000 })
  await page.locator('#submit-status').waitFor()

  // The time starts empty: "刚刚" sets it to now.
  await page.locator('#method-chat').click()
  expect(await page.locator('#sent-time').innerText()).toMatch(/选择时间/)
  await page.locator('#sent-now').click()
  await page.locator('#amount input').fill('500')
  await page.locator('#arrival-instant').click()
  await page.locator('#recipient-pending').click()
  await page.locator('#cause-mistaken').click()
  await shotTall(shot, page, 'status-form', '.taro_page:has(#submit-status)')

  await page.locator('#submit-status').click()
  const headline = page.locator('#stage-headline')
  await headline.waitFor({ timeout: 10000 })
  expect((await headline.innerText()).trim()).toBe(
    '对方还没点收款，钱还没到对方手里；对方一直不收的话，约 24 小时后应该会自动退回给你。',
  )
  // The result is scrolled into view (pageScrollTo), not left below the form. Waited for before
  // the next tap: a tap during the scroll would move the page itself.
  await page.waitForFunction(
    () => Math.abs(document.querySelector('#stage-result').getBoundingClientRect().top) < 40,
    null,
    { timeout: 5000 },
  )
  // The first action sits on the first screen with its own button; its steps unfold on a tap.
  expect(await page.locator('#first-action').innerText()).toMatch(/请对方点“退还”/)
  await page.locator('#first-action-open').click()
  expect(await page.locator('#first-action').innerText()).toMatch(/依据：/)
  expect(await page.locator('#action-wait-auto-return').innerText()).toMatch(/不要再转一次/)
  expect(await page.locator('#note-no-self-recall').innerText()).toMatch(/没有让付款人自己撤回/)
  expect(await page.locator('#deadline-auto-return').innerText()).toMatch(/还剩\s*2[34]:\d\d:\d\d/)
  await shotTall(shot, page, 'status-result', '#stage-result')

  await page.locator('#save-case').click()
  await page.waitForURL(/pages\/countdown\/index\?.*id=c/, { timeout: 10000 })
  const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id')
  expect(id).toMatch(/^c[0-9a-z]{13}$/)
  // Saved in the browser's storage under that id.
  const keys = await page.evaluate(() => Object.keys(localStorage))
  expect(
    keys.some((k) => k.endsWith(`tr:case:${id}`)),
    `tr:case:${id} in ${keys}`,
  ).toBeTruthy()
  expect(errors).toEqual([])
})

test('an amount with three decimals is refused beside the field and the text is kept', async ({
  open,
}) => {
  const { page, errors } = await open()
  await page.goto(url('pages/status/index'))
  await page.locator('#submit-status').waitFor({ timeout: 15000 })
  await page.locator('#amount input').fill('12.345')
  await page.locator('#submit-status').click()
  await page.locator('#error-amount').waitFor()
  expect((await page.locator('#error-amount').innerText()).trim()).toBe(
    '金额最多两位小数（精确到分）',
  )
  expect(await page.locator('#amount input').inputValue()).toBe('12.345')
  expect(await page.locator('#stage-headline').count()).toBe(0)
  expect(errors).toEqual([])
})

test('home lists a saved case with its stage and a live countdown', async ({ open, shot }) => {
  const { page, errors } = await open()
  // Save one case through the app itself, then open home fresh.
  await page.goto(url('pages/status/index'))
  await page.locator('#submit-status').waitFor({ timeout: 15000 })
  await page.locator('#method-chat').click()
  await page.locator('#sent-10m').click()
  await page.locator('#amount input').fill('88.8')
  await page.locator('#recipient-pending').click()
  await page.locator('#cause-fraud').click()
  await page.locator('#submit-status').click()
  await page.locator('#save-case').click()
  await page.waitForURL(/pages\/countdown\/index/, { timeout: 10000 })

  await page.goto(url('pages/home/index'))
  // A hash change alone does not reload the single-page app: load home as a cold start.
  await page.reload()
  const card = page.locator('.case-card').first()
  await card.waitFor({ timeout: 15000 })
  expect(await card.innerText()).toMatch(/聊天转账 ¥88\.80/)
  expect(await card.innerText()).toMatch(/等待对方收款/)
  const first = await card.locator('.case-card__deadline').innerText()
  await page.waitForTimeout(2100)
  const later = await card.locator('.case-card__deadline').innerText()
  expect(first).toMatch(/还剩 \d\d:\d\d:\d\d/)
  expect(first, 'the countdown ticks').not.toBe(later)
  await shot(page, 'home-cases')
  expect(errors).toEqual([])
})
