// The 转发给家人 buttons in a browser (H5 build), which has no WeChat share sheet: each is a named
// button that says it copies a link, and a tap copies the page's fixed share card (its title and
// a link that opens the same page) and says so. Nothing typed on the page reaches the copy.
const { test, expect, url } = require('./fixtures')

const cases = [
  {
    id: 'share-to-family',
    route: 'pages/prevention/index',
    title: '给家人设置好这几项，转账更安全',
    link: '#/pages/prevention/index?mode=family',
  },
  {
    id: 'share-scam-check',
    route: 'pages/scam-check/index',
    title: '有人让你转钱？转账前先查是不是骗局',
    link: '#/pages/scam-check/index',
  },
]

for (const c of cases) {
  test(`#${c.id} copies the share card's title and link and says so`, async ({ open, baseURL }) => {
    const { page, context, errors } = await open()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    await page.goto(url(c.route))
    const button = page.locator(`#${c.id}`)
    await button.waitFor({ timeout: 20000 })
    expect(await button.getAttribute('role')).toBe('button')
    await expect(
      page.getByRole('button', { name: '复制链接，转发给家人' }),
      'one button named by its caption',
    ).toHaveCount(1)
    await button.click()
    await page.getByText('已复制分享链接').waitFor({ timeout: 5000 })
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(`${c.title}\n${baseURL}/${c.link}`)
    expect(errors).toEqual([])
  })
}
