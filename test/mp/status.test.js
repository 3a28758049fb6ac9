// 状态自查 on the production build: filling the form, the result (stage, actions, what cannot be
// done, live deadlines), errors beside their fields with the typed text kept, 手机号转账 + 待确认,
// and saving (storage written, this page replaced by the countdown).
const { bootApp, flush } = require('./harness')

const ROUTE = 'pages/status/index'
const MINUTE = 60 * 1000
// 2025-11-27 14:30 Beijing time (jest pins TZ=Asia/Shanghai); the form's pickers are local time.
const NOW = Date.UTC(2025, 10, 27, 6, 30)

jest.useFakeTimers({ now: NOW })
const app = bootApp()

const settle = (rounds = 20) => flush(rounds)
async function open(query) {
  const page = await app.mount(ROUTE, query)
  await settle()
  return page
}
async function tap(page, selector) {
  await page.tap(selector)
  await settle()
}
async function change(page, selector, value) {
  await page.change(selector, value)
  await settle()
}
async function type(page, selector, value) {
  await page.input(selector, value)
  await settle()
}
const text = (page, selector) => {
  const node = page.query(selector)
  return node ? node.dom.textContent.replace(/\s+/g, ' ').trim() : ''
}

/** The props Taro rendered for the element with this id (what a built-in input shows). */
function renderedValues(page, uid) {
  const walk = (node) => {
    if (!node || typeof node !== 'object') return undefined
    if (node.uid === uid) return node
    for (const child of node.cn || []) {
      const found = walk(child)
      if (found) return found
    }
    return undefined
  }
  const node = walk(page.page.data.root)
  return node ? Object.values(node) : []
}

/** The brief's case: chat, 14:05 today, ¥500, 实时到账, 待对方确认收款, 转错人. */
async function fillMistakenChat(page, { amount = '500' } = {}) {
  await tap(page, '#method-chat')
  await change(page, '#sent-date', '2025-11-27')
  await change(page, '#sent-time', '14:05')
  await type(page, '#amount', amount)
  await tap(page, '#arrival-instant')
  await tap(page, '#recipient-pending')
  await tap(page, '#cause-mistaken')
}

beforeEach(() => {
  jest.setSystemTime(NOW)
  app.storage.clear()
  app.calls.length = 0
})

test('opened cold, the transfer time is EMPTY, with quick answers; 实时到账 and the D1 path', async () => {
  const page = await open()
  expect(page.text()).toContain('状态自查')
  // No time is assumed: someone opening the app an hour later must not keep a silent "now".
  expect(text(page, '#sent-date')).toBe('选择日期')
  expect(text(page, '#sent-time')).toBe('选择时间')
  for (const [id, label] of [
    ['now', '刚刚'],
    ['10m', '10 分钟前'],
    ['30m', '半小时前'],
    ['1h', '1 小时前'],
  ]) {
    expect(text(page, `#sent-${id}`)).toBe(label)
  }
  // The hint says where the exact time is.
  expect(text(page, '#field-sent')).toMatch(/账单[^。]*准确时间|准确时间[^。]*账单/)
  expect(page.query('#arrival-instant').dom.className).toContain('chip--active')
  expect(text(page, '#arrival-path')).toMatch(
    /我\s*→\s*服务\s*→\s*右上角 ···\s*→\s*支付设置\s*→\s*转账到账时间/,
  )
  expect(page.text()).toContain('支付管理')
  expect(page.query('#stage-result')).toBeFalsy()
  page.unmount()
})

test('a pending chat transfer to the wrong person: stage, wait-auto-return, no-self-recall', async () => {
  const page = await open()
  await fillMistakenChat(page)
  await tap(page, '#submit-status')

  expect(text(page, '#stage-headline')).toBe(
    '对方还没点收款，钱还没到对方手里；对方一直不收的话，约 24 小时后应该会自动退回给你。',
  )
  // The first action is on the first screen with its own button; the rest follow below.
  expect(text(page, '#first-action #action-ask-recipient-return')).toContain('请对方点“退还”')
  expect(text(page, '#action-wait-auto-return')).toContain('不要再转一次，等钱退回')
  expect(text(page, '#note-no-self-recall')).toContain('微信转账没有让付款人自己撤回的按钮')
  // Medium-confidence advice is hedged (FACTS: T2 is M-H).
  expect(text(page, '#note-hedge')).toContain('以微信客户端实际显示为准')
  expect(page.text()).toContain('做不到的')
  expect(page.text()).toContain('接下来可以做的')
  // Each piece of advice says where it comes from; the first action's unfolds with its steps.
  expect(text(page, '#action-wait-auto-return')).toMatch(/依据：羊城晚报/)
  await tap(page, '#first-action-open')
  expect(text(page, '#action-ask-recipient-return-details')).toMatch(/依据：\S+/)

  const deadline = text(page, '#deadline-auto-return')
  expect(deadline).toContain('对方不收款时自动退回')
  expect(deadline).toMatch(/还剩\s*23:35:00/)
  expect(deadline).toContain('2025-11-28 14:05')
  expect(deadline).toContain('零钱支付的立即回到零钱')
  expect(app.callsTo('pageScrollTo').map((c) => c.opts.selector)).toContain('#stage-result')

  // The countdown is live.
  jest.advanceTimersByTime(3000)
  await settle()
  expect(text(page, '#deadline-auto-return')).toMatch(/还剩\s*23:34:57/)
  page.unmount()
})

test('amount 12.345: the error sits beside the amount field and the typed text stays', async () => {
  const page = await open()
  await fillMistakenChat(page, { amount: '12.345' })
  await tap(page, '#submit-status')

  expect(text(page, '#error-amount')).toBe('金额最多两位小数（精确到分）')
  expect(page.query('#field-amount #error-amount')).toBeTruthy()
  expect(renderedValues(page, 'amount')).toContain('12.345')
  expect(page.query('#stage-result')).toBeFalsy()
  // Every other answer is kept too.
  expect(page.query('#method-chat').dom.className).toContain('chip--active')
  expect(page.query('#recipient-pending').dom.className).toContain('chip--active')
  expect(text(page, '#sent-time')).toBe('14:05')
  expect(app.callsTo('pageScrollTo').map((c) => c.opts.selector)).toContain('#field-amount')

  // Fixing the amount clears its error and the check goes through.
  await type(page, '#amount', '12.34')
  expect(page.query('#error-amount')).toBeFalsy()
  await tap(page, '#submit-status')
  expect(page.query('#stage-result')).toBeTruthy()
  page.unmount()
})

test('an empty submit marks each missing answer in Chinese, beside its own field', async () => {
  const page = await open()
  await tap(page, '#submit-status')
  expect(text(page, '#field-method #error-method')).toBe('请选择钱是怎么转出去的')
  expect(text(page, '#field-sent #error-sent')).toMatch(/^请选择转账时间/)
  expect(text(page, '#field-amount #error-amount')).toBe('请填写金额')
  expect(text(page, '#field-recipient #error-recipient')).toBe('请选择对方的收款状态')
  expect(text(page, '#field-cause #error-cause')).toBe('请选择发生了什么')
  expect(page.query('#error-arrival')).toBeFalsy()
  expect(app.callsTo('pageScrollTo').map((c) => c.opts.selector)).toContain('#field-method')
  page.unmount()
})

test('everything but the time answered: no result, and the time field says what to do', async () => {
  const page = await open()
  await tap(page, '#method-chat')
  await type(page, '#amount', '500')
  await tap(page, '#recipient-pending')
  await tap(page, '#cause-mistaken')
  await tap(page, '#submit-status')
  expect(page.query('#stage-result')).toBeFalsy()
  expect(text(page, '#field-sent #error-sent')).toContain('刚刚')
  expect(text(page, '#field-sent #error-sent')).toContain('账单')
  expect(app.callsTo('pageScrollTo').map((c) => c.opts.selector)).toContain('#field-sent')

  // A quick answer fills both pickers with the time it stands for, and clears the message.
  await tap(page, '#sent-10m')
  expect(text(page, '#sent-date')).toBe('2025-11-27')
  expect(text(page, '#sent-time')).toBe('14:20')
  expect(page.query('#error-sent')).toBeFalsy()
  await tap(page, '#submit-status')
  expect(text(page, '#deadline-auto-return')).toContain('2025-11-28 14:20')
  await tap(page, '#sent-1h')
  expect(text(page, '#sent-time')).toBe('13:30')
  page.unmount()
})

test('a time in the future is refused on the time field', async () => {
  const page = await open()
  await fillMistakenChat(page)
  await change(page, '#sent-time', '15:00')
  await tap(page, '#submit-status')
  expect(text(page, '#field-sent #error-sent')).toBe('转账时间不能晚于现在')
  // "刚刚" puts the time back to now and clears the error.
  await tap(page, '#sent-now')
  expect(text(page, '#sent-time')).toBe('14:30')
  expect(page.query('#error-sent')).toBeFalsy()
  page.unmount()
})

test('手机号转账 cannot be 待确认: the choice is hidden, and dropped with a reason if made', async () => {
  const page = await open()
  await tap(page, '#method-chat')
  await tap(page, '#recipient-pending')
  await tap(page, '#method-phone')

  expect(page.query('#recipient-pending')).toBeFalsy()
  expect(text(page, '#phone-no-pending')).toContain('手机号转账没有“待对方确认收款”这一步')
  expect(text(page, '#field-recipient #error-recipient')).toContain('请重新选择对方的收款状态')
  for (const r of ['accepted', 'returned', 'unknown']) {
    expect(page.query(`#recipient-${r}`)).toBeTruthy()
  }

  // Choosing a possible state clears the message; a phone transfer to a scammer has arrived.
  await tap(page, '#recipient-accepted')
  expect(page.query('#error-recipient')).toBeFalsy()
  await type(page, '#amount', '1000')
  await tap(page, '#cause-fraud')
  await change(page, '#sent-date', '2025-11-27')
  await change(page, '#sent-time', '14:20')
  await tap(page, '#submit-status')
  expect(text(page, '#stage-headline')).toContain('钱应该已经进了对方零钱')
  expect(text(page, '#note-no-self-recall')).toContain('手机号转账没有确认收款这一步')
  // Within 30 minutes of a fraud, calling 110 comes first.
  expect(text(page, '#first-action')).toContain('拨打 110 报警')
  expect(page.query('#first-action #call-110')).toBeTruthy()
  expect(text(page, '#deadline-emergency-stop')).toMatch(/还剩\s*00:20:00/)
  page.unmount()
})

test('an accepted, delayed chat transfer asks when it was accepted (optional)', async () => {
  const page = await open()
  await fillMistakenChat(page)
  expect(page.query('#field-accepted')).toBeFalsy()
  await tap(page, '#arrival-delay2h')
  await tap(page, '#recipient-accepted')
  expect(page.query('#field-accepted')).toBeTruthy()

  // Left empty: acceptance happened between the transfer (14:05) and now (14:30), so the money
  // lands between 16:05 and 16:30. Both ends are shown; the countdown runs to the earliest.
  await tap(page, '#submit-status')
  expect(text(page, '#stage-headline')).toContain('钱应该还在延时中')
  expect(text(page, '#assumptions')).toContain('不知道对方收款的准确时间')
  expect(text(page, '#range-arrival')).toBe('最早 16:05 到账，最晚 16:30')
  expect(text(page, '#deadline-arrival')).toMatch(/距最早到账还剩\s*01:35:00/)

  // Given: the arrival moves with it.
  await change(page, '#accepted-time', '14:20')
  expect(page.query('#stage-result')).toBeFalsy()
  expect(page.query('#changed-hint')).toBeTruthy()
  await tap(page, '#submit-status')
  expect(text(page, '#deadline-arrival')).toMatch(/还剩\s*01:50:00/)
  expect(page.query('#assumptions')).toBeFalsy()
  page.unmount()
})

test('保存并开始倒计时 saves the case and replaces this page with its countdown', async () => {
  const page = await open()
  await fillMistakenChat(page)
  await tap(page, '#submit-status')
  await tap(page, '#save-case')

  const keys = [...app.storage.keys()].filter((k) => k.startsWith('tr:case:'))
  expect(keys).toHaveLength(1)
  const saved = app.storage.get(keys[0])
  expect(saved.v).toBe(1)
  expect(saved.data.transfer).toEqual({
    method: 'chat',
    sentAt: Date.UTC(2025, 10, 27, 6, 5),
    amountFen: 50000,
    arrival: 'instant',
    recipient: 'pending',
    cause: 'mistaken',
  })
  const id = keys[0].slice('tr:case:'.length)
  expect(saved.data.id).toBe(id)
  expect(app.callsTo('redirectTo').map((c) => c.opts.url)).toEqual([
    `/pages/countdown/index?id=${id}`,
  ])
  expect(app.callsTo('navigateTo')).toHaveLength(0)

  // A second tap (the redirect still on its way) does not save the case twice.
  await tap(page, '#save-case')
  expect([...app.storage.keys()].filter((k) => k.startsWith('tr:case:'))).toHaveLength(1)
  page.unmount()
})

test('a save refused by storage (100 cases) shows its Chinese message and stays', async () => {
  for (let i = 0; i < 100; i++) {
    const at = NOW - (i + 1) * MINUTE
    app.storage.set(`tr:case:old${i}`, {
      v: 1,
      data: {
        id: `old${i}`,
        createdAt: at,
        updatedAt: at,
        transfer: {
          method: 'chat',
          sentAt: at,
          amountFen: 100,
          arrival: 'instant',
          recipient: 'returned',
          cause: 'other',
        },
      },
    })
  }
  const page = await open()
  await fillMistakenChat(page)
  await tap(page, '#submit-status')
  await tap(page, '#save-case')
  expect(text(page, '#save-error')).toContain('达到上限')
  expect(app.callsTo('redirectTo')).toHaveLength(0)
  expect(page.query('#stage-result')).toBeTruthy()
  page.unmount()
})

test('sharing the status page sends the empty tool, never the case', async () => {
  const page = await open()
  await fillMistakenChat(page)
  await tap(page, '#submit-status')
  const card = page.page.onShareAppMessage({ from: 'menu' })
  expect(card.path).toBe('/pages/status/index')
  expect(card.title).not.toMatch(/\d{3,}|¥/)
  page.unmount()
})

test('"不确定，可能被骗了" and "不清楚" the setting: 110 first, and no arrival stated as fact', async () => {
  const page = await open()
  await tap(page, '#method-chat')
  await change(page, '#sent-date', '2025-11-27')
  await change(page, '#sent-time', '14:20')
  await type(page, '#amount', '2000')
  expect(text(page, '#field-arrival')).toContain('资金将在2小时后（或24小时后）存入对方零钱')
  await tap(page, '#arrival-unknown')
  await tap(page, '#recipient-accepted')
  await tap(page, '#cause-unsure')
  await tap(page, '#submit-status')

  // Ten minutes after the transfer: the 110 call is the first step, with its own button.
  expect(text(page, '#first-action')).toContain('马上拨打 110 报警')
  await tap(page, '#first-action #call-110')
  expect(app.callsTo('makePhoneCall').map((c) => c.opts.phoneNumber)).toEqual(['110'])
  // Any setting is possible: the money may be in the recipient's 零钱 or still on its way.
  const headline = text(page, '#stage-headline')
  expect(headline).toContain('可能已经进了对方零钱，也可能还在延时中')
  expect(page.text()).not.toMatch(/钱已经进入对方零钱|钱已进对方零钱/)
  expect(text(page, '#deadline-arrival')).toContain('到账时间设置不确定')
  expect(page.query('#action-complain-in-delay')).toBeTruthy()
  expect(page.text()).toContain('推算时的假设')
  expect(page.text()).not.toMatch(/我转错了|是我转错/)
  page.unmount()
})

test('扫码付款、红包或其他 skips the transfer-state questions and promises no return', async () => {
  const page = await open()
  await tap(page, '#method-other')
  expect(page.query('#field-arrival')).toBeFalsy()
  expect(page.query('#field-recipient')).toBeFalsy()
  expect(text(page, '#other-method-note')).toContain('算不出它的时间')
  await tap(page, '#sent-30m')
  await type(page, '#amount', '800')
  await tap(page, '#cause-fraud')
  await tap(page, '#submit-status')
  expect(text(page, '#first-action')).toContain('拨打 110 报警')
  expect(page.query('#deadline-auto-return')).toBeFalsy()
  expect(page.query('#deadline-arrival')).toBeFalsy()
  expect(page.text()).not.toContain('会自动退回')
  // The quick answer is an estimate, and the result says so.
  expect(text(page, '#assumptions')).toContain('转账时间是你估计的')
  page.unmount()
})
