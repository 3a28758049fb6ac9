const { bootApp, waitForText } = require('./harness')

const pages = [
  ['pages/home/index', '转账急救箱'],
  ['pages/checklist/index', '投诉报警清单'],
  ['pages/prevention/index', '防范设置'],
  ['pages/status/index', '状态自查'],
  ['pages/countdown/index', '倒计时'],
  ['pages/about/index', '依据与隐私'],
  ['pages/scam-check/index', '转账前先停一下'],
]

describe('every page of the compiled app renders its title', () => {
  const app = bootApp()
  test.each(pages)('%s shows %s', async (route, title) => {
    const page = await app.mount(route)
    await waitForText(page, title)
    page.unmount()
  })
})
