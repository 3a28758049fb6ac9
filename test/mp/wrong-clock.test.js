// A phone clock set before the transfer, on the production build (miniprogram-simulate): no
// countdown shows more than its whole window, and when the clock is more than a few minutes
// behind, the countdown page and the home card say the phone's time looks wrong and how to fix it
// instead of counting. Fixing the clock brings the countdown back on its own.
const { bootApp, fakeClock, flush, storedCase } = require('./harness')

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
// 2025-06-01 12:00:00 Beijing time: when the transfer really happened and was saved.
const SENT = Date.UTC(2025, 5, 1, 4, 0, 0)

const fraud = {
  method: 'chat',
  sentAt: SENT,
  amountFen: 50000,
  arrival: 'instant',
  recipient: 'pending',
  cause: 'fraud',
}

jest.useFakeTimers({ now: SENT })
const app = bootApp({
  storage: { 'tr:case:c1': storedCase('c1', fraud, { at: SENT + MINUTE, label: '给骗子的一笔' }) },
})
const settle = (rounds = 20) => flush(rounds)
const text = (page, selector) => {
  const node = page.query(selector)
  return node ? (node.dom.textContent || '').replace(/\s+/g, ' ').trim() : ''
}

async function openAt(clockAt, route = 'pages/countdown/index', query = { id: 'c1' }) {
  jest.setSystemTime(clockAt)
  const page = await app.mount(route, query)
  await settle()
  return page
}

test.each([
  ['a day behind', SENT - DAY + 5 * MINUTE - 3 * SECOND],
  ['56 years behind (reset to 1970)', 1000],
  ['ten minutes behind', SENT - 10 * MINUTE],
])('clock %s: the countdown page says the time looks wrong, and how to fix it', async (_, at) => {
  const page = await openAt(at)
  expect(page.query('#clock-wrong')).toBeTruthy()
  const warning = text(page, '#clock-wrong')
  expect(warning).toContain('手机时间好像不对')
  expect(warning).toContain('设置 → 通用 → 日期与时间')
  expect(warning).toContain('自动')
  // No countdown at all, so none can show more than its window.
  expect(page.query('#clock-emergency-stop')).toBeFalsy()
  expect(page.query('#clock-auto-return')).toBeFalsy()
  expect(page.text()).not.toMatch(/\d+天 \d\d:\d\d:\d\d|20419天|Invalid Date/)
  // What the user can still do is still there.
  expect(page.text()).toContain('110')
  page.unmount()
})

test('a clock a little behind (within the allowance) counts, but never more than the window', async () => {
  const page = await openAt(SENT - 2 * MINUTE)
  expect(page.query('#clock-wrong')).toBeFalsy()
  expect(text(page, '#clock-emergency-stop')).toBe('00:30:00')
  expect(text(page, '#clock-auto-return')).toBe('1天 00:00:00')
  page.unmount()
})

test('once the clock is right again the countdown comes back on its own', async () => {
  const page = await openAt(SENT - DAY)
  expect(page.query('#clock-wrong')).toBeTruthy()
  // The user turns on automatic time: the clock jumps forward to the real time.
  const clock = fakeClock(SENT + 10 * MINUTE)
  jest.setSystemTime(SENT + 10 * MINUTE)
  await clock.advance(SECOND)
  expect(page.query('#clock-wrong')).toBeFalsy()
  expect(text(page, '#clock-emergency-stop')).toMatch(/^00:19:5\d$/)
  page.unmount()
})

test('the home card says the phone time looks wrong instead of counting', async () => {
  const page = await openAt(SENT - DAY, 'pages/home/index', {})
  expect(text(page, '#case-clock-c1')).toContain('手机时间')
  expect(text(page, '#case-c1')).not.toMatch(/还剩|\d+天 \d\d:/)
  page.unmount()
})
