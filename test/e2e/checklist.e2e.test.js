// The 投诉报警清单 page in Chromium on the H5 build: pick a scenario, tick an item, generate the
// 报案材料. Screenshots: test-results/screenshots/checklist.png, checklist-summary.png and
// checklist-case-dark.png.
const { test, expect, url, seedStorage } = require('./fixtures')

const MINUTE = 60 * 1000
const TX = '4200001234202505011234567890'

/** A saved case whose money is still in the 2-hour delay, as the status page would store it. */
function delayedCase(now) {
  return {
    id: 'e2ecase',
    label: '房东押金',
    createdAt: now - 20 * MINUTE,
    updatedAt: now - 20 * MINUTE,
    transfer: {
      method: 'chat',
      sentAt: now - 30 * MINUTE,
      amountFen: 50000,
      arrival: 'delay2h',
      recipient: 'accepted',
      acceptedAt: now - 25 * MINUTE,
      cause: 'fraud',
    },
  }
}

/** Opens the checklist with one saved case. */
async function openWithCase(open, colorScheme) {
  const opened = await open({ colorScheme })
  await seedStorage(opened.context, 'tr:case:e2ecase', { v: 1, data: delayedCase(Date.now()) })
  await opened.page.goto(url('pages/checklist/index'))
  await visible(opened.page, '#progress').waitFor({ timeout: 20000 })
  await opened.page.evaluate(() => document.fonts.ready)
  return opened
}

async function scrollToTop(page) {
  await page.evaluate(() => {
    const container = document.querySelector('.taro_page_show') || document.scrollingElement
    if (container) container.scrollTop = 0
  })
  await page.waitForTimeout(300)
}

const visible = (page, selector) => page.locator(selector).locator('visible=true').first()
const text = (page, selector) => visible(page, selector).innerText()

/** Groups start folded (all but the first unfinished one): unfold them until `selector` shows. */
async function reveal(page, selector) {
  for (let i = 0; i < 12 && !(await page.locator(selector).count()); i++) {
    const closed = page
      .locator('.checklist-group__head', { hasText: '展开' })
      .locator('visible=true')
      .first()
    if (!(await closed.count())) break
    await closed.click()
  }
  return visible(page, selector)
}

test('checklist: switch scenario, tick an item, generate the summary', async ({ open, shot }) => {
  const { page, errors } = await openWithCase(open, 'light')
  // The saved case opens by default, in the delay window: its complaint item is there.
  expect(await text(page, '.scenario-picker')).toMatch(/房东押金 · 延时到账中/)
  expect(await (await reveal(page, '#item-delay-complaint')).isVisible()).toBeTruthy()

  // Switch to the generic 转错人 list: no 110 item, the return request instead.
  await visible(page, '#scope-mistaken').click()
  await visible(page, '#generic-note').waitFor()
  await (await reveal(page, '#item-ask-return')).waitFor()
  expect(await page.locator('#item-call-110').count()).toBe(0)
  expect(await text(page, '#generic-note')).toMatch(/转错人/)

  // Back to the case; tick the chat-evidence item.
  await visible(page, '#scope-case-e2ecase').click()
  await visible(page, '#case-stage').waitFor()
  await (await reveal(page, '#item-delay-complaint')).waitFor()
  expect(await text(page, '#progress')).toMatch(/^已完成 0\/\d+$/)
  await (await reveal(page, '#item-evidence-chat')).click()
  await page.waitForFunction(() =>
    /已完成 1\//.test(document.querySelector('#progress')?.textContent || ''),
  )
  expect(await text(page, '#item-evidence-chat')).toMatch(/✓/)
  const saved = await page.evaluate(() => localStorage.getItem('tr:checklist:e2ecase'))
  expect(JSON.parse(saved)).toEqual({ data: { v: 1, data: ['evidence-chat'] } })

  // Add the 交易单号 and generate the summary.
  const tx = visible(page, '#field-transactionId input, input#field-transactionId')
  await tx.fill(TX)
  await visible(page, '#make-summary').click()
  const summary = visible(page, '#summary-text')
  await summary.waitFor()
  const shown = await summary.innerText()
  expect(shown).toMatch(/金额：¥500\.00/)
  expect(shown.includes(`交易单号/转账单号：${TX}`)).toBeTruthy()
  expect(shown).toMatch(/✓ 截图前后的聊天记录/)

  // The page scrolls inside Taro's page container, so fullPage captures one screen: one shot
  // of the summary as generated, one of the top (picker, progress, the ticked list).
  await page.waitForTimeout(300)
  await shot(page, 'checklist-summary')
  await scrollToTop(page)
  await shot(page, 'checklist')
  expect(errors).toEqual([])
})

test('checklist in dark mode', async ({ open, shot }) => {
  const { page, errors } = await openWithCase(open, 'dark')
  const background = await visible(page, '.page-shell').evaluate(
    (el) => getComputedStyle(el).backgroundColor,
  )
  expect(background).toBe('rgb(17, 17, 17)')
  await (await reveal(page, '#item-evidence-transfer-detail')).click()
  await visible(page, '#make-summary').click()
  await visible(page, '#summary-text').waitFor()
  await scrollToTop(page)
  await shot(page, 'checklist-case-dark')
  expect(errors).toEqual([])
})
