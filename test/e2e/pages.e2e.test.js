const { test } = require('node:test')
const assert = require('node:assert/strict')
const { browserSession } = require('./browser')

const env = browserSession()

const pages = [
  ['pages/home/index', 'home', '转账急救箱'],
  ['pages/checklist/index', 'checklist', '投诉报警清单'],
  ['pages/prevention/index', 'prevention', '防范设置'],
  ['pages/status/index', 'status', '状态自查'],
  ['pages/countdown/index', 'countdown', '倒计时'],
  ['pages/about/index', 'about', '依据与隐私'],
  ['pages/scam-check/index', 'scam-check', '转账前先停一下'],
]

for (const [route, name, title] of pages) {
  test(`${name} renders in Chromium`, async () => {
    const { page, context, errors } = await env.newPage()
    await page.goto(env.url(route))
    await page.getByText(title).locator('visible=true').first().waitFor({ timeout: 15000 })
    await env.shot(page, `smoke-${name}`)
    assert.deepEqual(errors, [])
    await context.close()
  })
}
