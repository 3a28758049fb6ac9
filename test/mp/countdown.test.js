// The countdown page in the production build (miniprogram-simulate), on a fake clock: live
// countdowns, a deadline passing while the page is open, 更新状态, 添加到手机日历, a missing case, and
// the one ticker stopping while the page is hidden.
const { bootApp, fakeClock, flush, recordSetData, storedCase } = require('./harness')

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
// 2025-06-01 12:00:00 Beijing time, on a whole second.
const T0 = Date.UTC(2025, 5, 1, 4, 0, 0)

const stored = (id, transfer, at = T0 - MINUTE) => storedCase(id, transfer, { at })
const transfer = (over) => ({
  method: 'chat',
  sentAt: T0 - 5 * SECOND,
  amountFen: 50000,
  arrival: 'instant',
  recipient: 'pending',
  cause: 'mistaken',
  ...over,
})

const C1 = transfer({})
const C2 = transfer({ cause: 'fraud', sentAt: T0 - 10 * MINUTE })
const C3 = transfer({ arrival: 'delay2h', sentAt: T0 - HOUR })
// Accepted at once (实时到账): the money has arrived; only the ~3-year limitation period is left.
const C4 = transfer({ recipient: 'accepted', acceptedAt: T0 - 50 * MINUTE, sentAt: T0 - HOUR })
// Accepted, 2 h delay, exact time unknown; the user saw 已收款 30 minutes ago: the money lands
// between 13:00 (accepted at sending) and 13:30 (accepted just before it was seen).
const C5 = transfer({
  recipient: 'accepted',
  arrival: 'delay2h',
  sentAt: T0 - HOUR,
  acceptedBy: T0 - 30 * MINUTE,
})
// Pending with a 2 h delay: for recording an acceptance without knowing its time.
const C6 = transfer({ arrival: 'delay2h', sentAt: T0 - HOUR })

jest.useFakeTimers({ now: T0 })
const app = bootApp({
  storage: {
    'tr:case:c1': stored('c1', C1),
    'tr:case:c2': stored('c2', C2),
    'tr:case:c3': stored('c3', C3),
    'tr:case:c4': stored('c4', C4),
    'tr:case:c5': stored('c5', C5),
    'tr:case:c6': stored('c6', C6),
  },
})

const clock = fakeClock(T0)
const { advance, jump } = clock
const settle = (rounds = 20) => flush(rounds)
async function open(query) {
  const page = await app.mount('pages/countdown/index', query)
  await settle()
  return page
}
async function tap(page, selector) {
  await page.tap(selector)
  await settle()
}
const text = (page, selector) => {
  const node = page.query(selector)
  return node ? (node.dom.textContent || '').replace(/\s+/g, ' ').trim() : ''
}
const lastToast = () => {
  const toasts = app.callsTo('showToast')
  return toasts.length ? toasts[toasts.length - 1].opts.title : ''
}

test('shows the 24 h countdown of a pending chat transfer, ticking every second', async () => {
  const page = await open({ id: 'c1' })
  expect(page.text()).toContain('倒计时')
  expect(text(page, '#stage')).toContain('等待对方收款')
  expect(text(page, '#clock-auto-return')).toBe('23:59:55')
  await advance(2 * SECOND)
  expect(text(page, '#clock-auto-return')).toBe('23:59:53')
  // The picture: 转出 and the 24 h auto-return, with a "现在" marker.
  expect(text(page, '#case-timeline')).toContain('转出')
  expect(text(page, '#case-timeline')).toContain('未收款自动退回')
  expect(text(page, '#case-timeline')).toContain('现在')
  page.unmount()
})

test('stops the ticker while hidden and resumes on show', async () => {
  const page = await open({ id: 'c1' })
  const seen = recordSetData(page)
  await advance(3 * SECOND)
  expect(seen.length).toBeGreaterThan(0)

  await page.hide()
  await settle()
  seen.length = 0
  const before = text(page, '#clock-auto-return')
  for (let i = 0; i < 5; i++) await advance(SECOND)
  expect(seen).toEqual([])
  expect(text(page, '#clock-auto-return')).toBe(before)

  await page.show()
  await settle()
  expect(seen.length).toBeGreaterThan(0)
  const remaining = C1.sentAt + DAY - clock.target
  expect(text(page, '#clock-auto-return')).toBe(hms(remaining))
  page.unmount()
})

test('adds a deadline to the phone calendar in seconds, with an alarm before it', async () => {
  const page = await open({ id: 'c1' })
  await tap(page, '#calendar-auto-return')
  const calls = app.callsTo('addPhoneCalendar')
  expect(calls).toHaveLength(1)
  const opts = calls[0].opts
  expect(opts.startTime).toBe((C1.sentAt + DAY) / 1000)
  expect(opts.alarm).toBe(true)
  expect(opts.alarmOffset).toBe(30 * 60)
  expect(opts.title).toBe('转账自动退回时间')
  // Nothing personal lands in the system calendar.
  expect(`${opts.title}${opts.description}`).not.toMatch(/500|¥|元/)
  expect(lastToast()).toBe('已添加到日历')
  expect(text(page, '#deadline-auto-return')).toContain('已添加到手机日历')
  page.unmount()
})

test('a refused calendar permission says how to allow it', async () => {
  const page = await open({ id: 'c1' })
  app.override('addPhoneCalendar', () => ({ errMsg: 'addPhoneCalendar:fail auth deny' }))
  await tap(page, '#calendar-auto-return')
  app.override('addPhoneCalendar', undefined)
  expect(lastToast()).toContain('设置')
  expect(lastToast()).toContain('日历')
  expect(text(page, '#deadline-auto-return')).toContain('没有日历权限')

  // A cancel stays quiet.
  const toasts = app.callsTo('showToast').length
  app.override('addPhoneCalendar', () => ({ errMsg: 'addPhoneCalendar:fail cancel' }))
  await tap(page, '#calendar-auto-return')
  app.override('addPhoneCalendar', undefined)
  expect(app.callsTo('showToast')).toHaveLength(toasts)
  page.unmount()
})

test('the 30-minute police window offers the 110 call, never a calendar reminder', async () => {
  const page = await open({ id: 'c2' })
  expect(page.query('#calendar-emergency-stop')).toBeFalsy()
  expect(text(page, '#deadline-emergency-stop')).toContain('现在就打 110，不要等提醒。')
  const before = app.callsTo('makePhoneCall').length
  await tap(page, '#deadline-call-110')
  const calls = app.callsTo('makePhoneCall')
  expect(calls).toHaveLength(before + 1)
  expect(calls[calls.length - 1].opts.phoneNumber).toBe('110')
  page.unmount()
})

test('an old WeChat without addPhoneCalendar gets a clear message', async () => {
  const page = await open({ id: 'c1' })
  const canIUse = global.wx.canIUse
  global.wx.canIUse = (name) => name !== 'addPhoneCalendar'
  const before = app.callsTo('addPhoneCalendar').length
  await tap(page, '#calendar-auto-return')
  global.wx.canIUse = canIUse
  expect(app.callsTo('addPhoneCalendar')).toHaveLength(before)
  expect(lastToast()).toBe('当前微信版本不支持添加日历，请升级微信或手动设置提醒')
  page.unmount()
})

test('an arrived transfer: the ~3-year limitation in days and a date, no seconds', async () => {
  const page = await open({ id: 'c4' })
  expect(text(page, '#stage')).toContain('钱已进对方零钱')
  const shown = text(page, '#clock-limitation')
  expect(shown).toMatch(/^约 \d+ 天$/)
  expect(text(page, '#deadline-limitation')).toMatch(/约 \d{4}-\d{2}-\d{2} 到期（估算）/)
  // Nothing shown changes from second to second, so nothing is sent.
  const seen = recordSetData(page)
  await advance(3 * SECOND)
  expect(text(page, '#clock-limitation')).toBe(shown)
  expect(seen).toEqual([])
  // Drawn: 转出 → 对方收款即到账; the limitation is listed beside the bar, not to scale.
  expect(text(page, '#case-timeline')).toContain('对方收款即到账')
  expect(text(page, '#case-timeline')).toContain('诉讼时效约到期')
  await tap(page, '#calendar-limitation')
  const calls = app.callsTo('addPhoneCalendar')
  expect(calls[calls.length - 1].opts.alarmOffset).toBe(30 * 24 * 3600)
  page.unmount()
})

test('更新状态 → 对方已收款 checks the time, then starts the delay countdown', async () => {
  const page = await open({ id: 'c3' })
  expect(text(page, '#stage')).toContain('等待对方收款')
  await tap(page, '#update-status')
  await tap(page, '#mark-accepted')
  // Before the transfer: the rules module's own message. Pickers speak the phone's local time.
  const [day, early] = localPicker(C3.sentAt - 2 * HOUR)
  await page.change('#accepted-date', day)
  await page.change('#accepted-time', early)
  await settle()
  await tap(page, '#save-accepted')
  expect(text(page, '#update-error')).toBe('对方收款时间不能早于转账时间')
  expect(app.storage.get('tr:case:c3').data.transfer.recipient).toBe('pending')

  // Half an hour after the transfer: in the 2-hour delay, 1.5 h left.
  const [day2, time2] = localPicker(C3.sentAt + 30 * MINUTE)
  await page.change('#accepted-date', day2)
  await page.change('#accepted-time', time2)
  await settle()
  await tap(page, '#save-accepted')
  const saved = app.storage.get('tr:case:c3').data.transfer
  expect(saved.recipient).toBe('accepted')
  expect(saved.acceptedAt).toBe(C3.sentAt + 30 * MINUTE)
  expect(text(page, '#stage')).toContain('延时到账中')
  expect(text(page, '#clock-arrival')).toMatch(/^01:29:\d\d$/)
  expect(page.query('#action-complain-in-delay')).toBeTruthy()
  page.unmount()
})

test('更新状态 → 对方已退还 saves the case and shows the returned stage', async () => {
  const page = await open({ id: 'c2' })
  await tap(page, '#update-status')
  await tap(page, '#mark-returned')
  const saved = app.storage.get('tr:case:c2').data
  expect(saved.transfer.recipient).toBe('returned')
  expect(saved.updatedAt).toBeGreaterThan(T0)
  expect(text(page, '#stage')).toContain('对方已退还')
  expect(page.query('#action-check-refund')).toBeTruthy()
  expect(lastToast()).toBe('已更新')

  // A mis-tap can be undone.
  await tap(page, '#undo-status')
  expect(app.storage.get('tr:case:c2').data.transfer.recipient).toBe('pending')
  expect(text(page, '#stage')).toContain('等待对方收款')
  page.unmount()
})

test('更新状态 → 对方已收款 never assumes a time: empty pickers, or 不知道具体时间 (acceptedBy)', async () => {
  const page = await open({ id: 'c6' })
  await tap(page, '#update-status')
  await tap(page, '#mark-accepted')
  // Nothing prefilled: no silent "now" as the acceptance time.
  expect(text(page, '#accepted-date')).toContain('选择日期')
  expect(text(page, '#accepted-time')).toContain('选择时间')
  await tap(page, '#save-accepted')
  expect(text(page, '#update-error')).toContain('不知道具体时间')
  expect(app.storage.get('tr:case:c6').data.transfer.recipient).toBe('pending')

  await tap(page, '#accepted-unknown')
  const saved = app.storage.get('tr:case:c6').data.transfer
  expect(saved.recipient).toBe('accepted')
  expect(saved.acceptedAt).toBeUndefined()
  expect(Math.abs(saved.acceptedBy - clock.target)).toBeLessThan(5 * SECOND)
  expect(text(page, '#stage')).toContain('延时到账中')
  expect(text(page, '#stage')).toContain('不知道对方收款的准确时间')
  // Both ends: accepted at 11:00 at the earliest (13:00), by now at the latest (~14:00).
  expect(text(page, '#range-arrival')).toMatch(/^最早 13:00 到账，最晚 14:0\d$/)
  expect(text(page, '#caption-arrival')).toBe('距最早到账还剩')
  expect(text(page, '#clock-arrival')).toBe(hms(C6.sentAt + 2 * HOUR - clock.target))
  // The picture draws the range and invents no acceptance point.
  expect(page.query('#timeline-range-arrival')).toBeTruthy()
  expect(page.query('#timeline-accepted')).toBeFalsy()
  expect(page.query('#action-complain-in-delay')).toBeTruthy()

  // A mis-tap can be undone.
  await tap(page, '#undo-status')
  expect(app.storage.get('tr:case:c6').data.transfer).toEqual(C6)
  page.unmount()
})

test('an uncertain arrival counts down to the earliest, then "可能已到账" to the latest', async () => {
  const page = await open({ id: 'c5' })
  const earliest = C5.sentAt + 2 * HOUR
  const latest = C5.acceptedBy + 2 * HOUR
  expect(text(page, '#range-arrival')).toBe('最早 13:00 到账，最晚 13:30')
  expect(text(page, '#caption-arrival')).toBe('距最早到账还剩')
  expect(text(page, '#clock-arrival')).toBe(hms(earliest - clock.target))
  expect(page.query('#note-may-have-arrived')).toBeFalsy()

  // Just before the earliest moment, then across it: the page changes on the spot.
  await jump(earliest - clock.target - 2 * SECOND)
  expect(text(page, '#clock-arrival')).toMatch(/^00:00:0[1-2]$/)
  await advance(3 * SECOND)
  expect(text(page, '#caption-arrival')).toBe('可能已到账，距最晚到账还剩')
  expect(text(page, '#clock-arrival')).toBe(hms(latest - clock.target))
  expect(text(page, '#stage')).toContain('延时到账中')
  expect(text(page, '#stage-headline')).toContain('可能已经进了对方零钱')
  expect(text(page, '#note-may-have-arrived')).toContain('可能已到账')
  expect(page.query('#action-check-status')).toBeTruthy()
  // The delay complaint stays: the window may still be open.
  expect(page.query('#action-complain-in-delay')).toBeTruthy()
  await advance(SECOND)
  expect(text(page, '#clock-arrival')).toBe(hms(latest - clock.target))

  // Only after the latest possible arrival is the money treated as arrived.
  await jump(latest - clock.target - 2 * SECOND)
  expect(text(page, '#stage')).toContain('延时到账中')
  await advance(3 * SECOND)
  expect(text(page, '#stage')).toContain('钱已进对方零钱')
  expect(text(page, '#clock-arrival')).toBe('已过')
  expect(page.query('#caption-arrival')).toBeFalsy()
  expect(page.query('#note-may-have-arrived')).toBeFalsy()
  expect(page.query('#action-complain-in-delay')).toBeFalsy()
  page.unmount()
})

test('reopened after the app was killed, it shows the right time from storage', async () => {
  const first = await open({ id: 'c1' })
  first.unmount()
  // Three hours later WeChat starts the app afresh; nothing but the case itself was stored.
  await jump(3 * HOUR)
  const keys = [...app.storage.keys()].filter((k) => !k.startsWith('tr:case:'))
  expect(keys.filter((k) => /timer|tick|countdown/i.test(k))).toEqual([])
  const page = await open({ id: 'c1' })
  expect(text(page, '#clock-auto-return')).toBe(hms(C1.sentAt + DAY - clock.target))
  page.unmount()
})

test('when the 24 hours run out while the page is open, stage and actions change on the spot', async () => {
  const page = await open({ id: 'c1' })
  expect(page.query('#action-check-refund')).toBeFalsy()
  const seen = recordSetData(page)
  // Shortly before the auto-return moment (the phone slept; no day of ticks), then across it.
  await jump(C1.sentAt + DAY - clock.target - 3 * SECOND)
  expect(text(page, '#clock-auto-return')).toMatch(/^00:00:0[3-4]$/)
  expect(text(page, '#stage')).toContain('等待对方收款')
  seen.length = 0
  await advance(4 * SECOND)
  // The app cannot see the refund: it says the money should be back and asks to check.
  expect(text(page, '#stage')).toContain('应已自动退回')
  expect(text(page, '#stage-headline')).toContain('应该已经自动退回')
  expect(text(page, '#clock-auto-return')).toBe('已过')
  expect(page.query('#calendar-auto-return')).toBeFalsy()
  expect(page.query('#action-check-refund')).toBeTruthy()
  expect(page.text()).toContain('确认钱已经退回')
  expect(seen.length).toBeGreaterThan(0)
  page.unmount()
})

test.each([
  ['an unknown id', { id: 'nope' }],
  ['no id', {}],
  ['a malformed id', { id: '../tr:settings' }],
])('%s gets a calm message and a way on', async (_name, query) => {
  const page = await open(query)
  expect(page.text()).toContain('倒计时')
  expect(page.text()).toContain('没有找到这条记录，可能已被删除')
  expect(page.query('#go-status')).toBeTruthy()
  expect(page.query('#go-home')).toBeTruthy()
  const before = app.callsTo('redirectTo').length
  await tap(page, '#go-status')
  expect(app.callsTo('redirectTo').slice(before)[0].opts.url).toBe('/pages/status/index')
  page.unmount()
})

test('the share card goes to home and carries nothing of the case', async () => {
  const page = await open({ id: 'c1' })
  const card = page.page.onShareAppMessage({ from: 'menu' })
  expect(card.path).toBe('/pages/home/index')
  expect(JSON.stringify(card)).not.toMatch(/c1|500|¥/)
  page.unmount()
})

/** What WeChat's date and time pickers hand back for a moment, in the phone's zone. */
function localPicker(ms) {
  const d = new Date(ms)
  const pad = (n) => String(n).padStart(2, '0')
  return [
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  ]
}

function hms(ms) {
  const s = Math.floor(ms / 1000)
  const pad = (n) => String(n).padStart(2, '0')
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`
}

test('the deadline the first screen counts down is marked as the same clock in the list', async () => {
  // Fraud, 10 minutes before the clock now: the 30-minute emergency window is the nearest.
  const sentAt = clock.target - 10 * MINUTE
  app.storage.set('tr:case:c9', stored('c9', transfer({ cause: 'fraud', sentAt }), sentAt))
  const page = await open({ id: 'c9' })
  expect(text(page, '#urgent-clock')).toContain(text(page, '#clock-emergency-stop'))
  expect(text(page, '#same-clock-emergency-stop')).toBe('↑ 与页面最上方的倒计时是同一个')
  expect(page.queryAll('.deadline__same')).toHaveLength(1)
  // Once it has passed, the first screen counts down to the auto-return, and the mark moves.
  await jump(21 * MINUTE)
  expect(text(page, '#clock-emergency-stop')).toBe('已过')
  expect(text(page, '#urgent-clock')).toContain(text(page, '#clock-auto-return'))
  expect(page.query('#same-clock-emergency-stop')).toBeFalsy()
  expect(page.query('#same-clock-auto-return')).toBeTruthy()
  expect(page.queryAll('.deadline__same')).toHaveLength(1)
  page.unmount()
})
