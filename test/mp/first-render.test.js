// First-render budget of every page on the production build: the JSON bytes of the setData calls
// that draw a page's first screen (what WeChat copies from the logic thread to the view before the
// user sees anything). Printed as `first render: <route> <N> bytes` for every page; a page over
// 48 KB fails. Long content folds (one checklist group open, sources behind a control) to stay
// under it. Pages open with a saved fraud case, so they show the most they can.
const { bootApp, flush, storedCase } = require('./harness')
const { figure } = require('../support/figures')

const BUDGET_BYTES = 48 * 1024
const MINUTE = 60 * 1000
const now = Date.now()

const app = bootApp({
  storage: {
    'tr:case:f1': storedCase('f1', {
      method: 'chat',
      sentAt: now - 12 * MINUTE,
      amountFen: 128000,
      arrival: 'delay2h',
      recipient: 'accepted',
      acceptedAt: now - 10 * MINUTE,
      cause: 'fraud',
    }),
    'tr:case:f2': storedCase('f2', {
      method: 'phone',
      sentAt: now - 40 * MINUTE,
      amountFen: 50000,
      arrival: 'instant',
      recipient: 'unknown',
      cause: 'account-stolen',
    }),
  },
})

const pages = [
  ['pages/home/index', {}],
  ['pages/checklist/index', {}],
  ['pages/checklist/index', { id: 'f1' }],
  ['pages/prevention/index', {}],
  ['pages/status/index', {}],
  ['pages/countdown/index', { id: 'f1' }],
  ['pages/about/index', {}],
  ['pages/scam-check/index', {}],
]

test.each(pages)('%s %j: first render within 48 KB', async (route, query) => {
  const page = await app.mount(route, query)
  // Let every effect of the first render land (stored reads, the first clock value).
  await flush(20)
  const log = page.page.__setDataLog
  const bytes = log.reduce((sum, c) => sum + c.bytes, 0)
  const label = Object.keys(query).length ? `${route}?${new URLSearchParams(query)}` : route
  figure('first-render', `first render: ${label} ${bytes} bytes (${log.length} setData)`)
  page.unmount()
  expect(log.length).toBeGreaterThan(0)
  expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES)
})
