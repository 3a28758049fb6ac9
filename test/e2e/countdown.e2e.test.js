// The countdown page in Chromium (H5 build): a case seeded into storage the way Taro H5 stores it
// (localStorage[key] = JSON.stringify({ data: value })), a countdown that visibly ticks, and
// screenshots in light and dark.
const { test, expect, url, seedFraudCase } = require('./fixtures')

for (const colorScheme of ['light', 'dark']) {
  test(`countdown ticks and draws its timeline (${colorScheme})`, async ({ open, shot }) => {
    const { page, context, errors } = await open({ colorScheme })
    await seedFraudCase(context, 'e1', { label: '测试记录' })
    await page.goto(url('pages/countdown/index', 'id=e1'))
    const clock = page.locator('#clock-arrival').locator('visible=true').first()
    await clock.waitFor({ timeout: 15000 })
    await page.getByText('倒计时').locator('visible=true').first().waitFor()

    const first = (await clock.textContent()).trim()
    expect(first).toMatch(/^01:(4|5)\d:\d\d$/)
    await page.waitForTimeout(1500)
    const second = (await clock.textContent()).trim()
    expect(second, 'the countdown should have moved on').not.toBe(first)

    const stage = (await page.locator('#stage').first().textContent()).trim()
    expect(stage).toMatch(/延时到账中/)
    const timeline = await page.locator('#case-timeline').first().textContent()
    for (const label of ['转出', '对方收款', '报警止付关键 30 分钟', '到账', '现在']) {
      expect(timeline, `timeline shows ${label}`).toContain(label)
    }
    // Timeline labels must not run into each other: no two label boxes overlap.
    const boxes = await page
      .locator('.timeline__label')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]
        const b = boxes[j]
        const overlap =
          a.left < b.right - 1 &&
          b.left < a.right - 1 &&
          a.top < b.bottom - 1 &&
          b.top < a.bottom - 1
        expect(overlap, `timeline labels ${i} and ${j} overlap`).toBe(false)
      }
    }
    // Nothing wider than the screen.
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, `page is ${width}px wide`).toBeLessThanOrEqual(390)

    // Taro H5 scrolls inside .taro_page, so a full-page shot needs a viewport as tall as the page.
    const height = await page.evaluate(() => document.querySelector('.taro_page').scrollHeight)
    await page.setViewportSize({ width: 390, height: Math.min(height, 6000) })
    await shot(page, colorScheme === 'dark' ? 'countdown-case-dark' : 'countdown-case')
    expect(errors).toEqual([])
  })
}

test('an unknown id shows the calm message', async ({ open, shot }) => {
  const { page, errors } = await open()
  await page.goto(url('pages/countdown/index', 'id=nope'))
  await page
    .getByText('没有找到这条记录，可能已被删除')
    .locator('visible=true')
    .first()
    .waitFor({ timeout: 15000 })
  await shot(page, 'countdown-missing')
  expect(errors).toEqual([])
})
