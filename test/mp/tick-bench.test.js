// Tick budget of the countdown page, measured on the production build: for a case with the most
// deadlines running at once, count the page's setData calls and their JSON bytes over 60 simulated
// seconds. No valid case has three per-second countdowns at once (the 24 h auto-return needs a
// pending chat transfer, arrival an accepted one or a phone transfer; see timeline.test.ts), so
// the heaviest is two: a phone-number transfer with 2-hour delayed arrival after a fraud runs the
// 30-minute emergency window and the arrival countdown, and its 2-hour timeline moves the
// "现在" marker most often.
const { bootApp, fakeClock, flush, recordSetData, storedCase } = require('./harness')
const { figure } = require('../support/figures')

const SECOND = 1000
const MINUTE = 60 * SECOND
const T0 = Date.UTC(2025, 5, 1, 4, 0, 0)
const SENT = T0 - 2 * MINUTE
const BUDGET_CALLS_PER_SECOND = 1
const BUDGET_BYTES_PER_TICK = 300

jest.useFakeTimers({ now: T0 })
const app = bootApp({
  storage: {
    'tr:case:b1': storedCase('b1', {
      method: 'phone',
      sentAt: SENT,
      amountFen: 500000,
      arrival: 'delay2h',
      recipient: 'unknown',
      cause: 'fraud',
    }),
  },
})

const clock = fakeClock(T0)
const { advance } = clock
const settle = (rounds = 20) => flush(rounds)

test('a running countdown costs at most one setData a second and under 300 bytes a tick', async () => {
  const page = await app.mount('pages/countdown/index', { id: 'b1' })
  await settle()
  await advance(SECOND) // first paint and the first tick are not part of the steady state
  expect(page.query('#clock-emergency-stop')).toBeTruthy()
  expect(page.query('#clock-arrival')).toBeTruthy()

  const calls = recordSetData(page)
  const SECONDS = 60
  for (let i = 0; i < SECONDS; i++) await advance(SECOND)

  const bytes = calls.reduce((sum, c) => sum + c.bytes, 0)
  const perSecond = calls.length / SECONDS
  const perTick = calls.length ? bytes / calls.length : 0
  figure(
    'tick-bench',
    `countdown tick: ${perSecond.toFixed(2)} setData/s, ${Math.round(perTick)} bytes/tick`,
  )

  // The countdown did tick, and each tick sent only changed values (texts and, now and then, a
  // width), never a subtree.
  expect(calls.length).toBeGreaterThanOrEqual(SECONDS - 1)
  for (const c of calls) {
    for (const key of Object.keys(c.data)) expect(key).toMatch(/\.(v|st)$/)
  }
  expect(perSecond).toBeLessThanOrEqual(BUDGET_CALLS_PER_SECOND)
  // No second holds two calls.
  const seconds = calls.map((c) => Math.floor((c.at - T0) / SECOND))
  expect(new Set(seconds).size).toBe(seconds.length)
  expect(perTick).toBeLessThan(BUDGET_BYTES_PER_TICK)
  expect(Math.max(...calls.map((c) => c.bytes))).toBeLessThan(BUDGET_BYTES_PER_TICK)
  page.unmount()
})

test('a deadline passing re-renders once, then ticks stay small', async () => {
  const page = await app.mount('pages/countdown/index', { id: 'b1' })
  await settle()
  // Just before the 30-minute emergency window closes (no half hour of ticks: the phone slept).
  await clock.jump(SENT + 30 * MINUTE - 2 * SECOND - clock.target)
  const calls = recordSetData(page)
  for (let i = 0; i < 6; i++) await advance(SECOND)
  expect(page.query('#clock-emergency-stop').dom.textContent).toBe('已过')
  const biggest = Math.max(...calls.map((c) => c.bytes))
  const after = calls.filter((c) => c.at > SENT + 30 * MINUTE + 1500)
  figure(
    'tick-bench',
    `countdown boundary: ${biggest} bytes when the stage changes, then ${after
      .map((c) => c.bytes)
      .join('/')} bytes/tick`,
  )
  for (const c of after) expect(c.bytes).toBeLessThan(BUDGET_BYTES_PER_TICK)
  page.unmount()
})
