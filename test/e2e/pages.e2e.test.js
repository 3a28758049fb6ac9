// Every page opens in Chromium on the H5 build with its title and no script error.
// Screenshots: test-results/screenshots/smoke-<page>.png.
const { test, expect, url } = require('./fixtures')

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
  test(`${name} renders in Chromium`, async ({ open, shot }) => {
    const { page, errors } = await open()
    await page.goto(url(route))
    await page.getByText(title).locator('visible=true').first().waitFor({ timeout: 15000 })
    await shot(page, `smoke-${name}`)
    expect(errors).toEqual([])
  })
}
