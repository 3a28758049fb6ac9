// The 投诉报警清单 page, on the production weapp build inside miniprogram-simulate.
const { bootApp, flush, waitForText } = require('./harness')

const HOUR = 3600 * 1000
const MINUTE = 60 * 1000
// Real timers: the page reads the clock once per show, so cases are placed relative to the start
// of this file. (With jest's fake timers the harness's flush(), which advances 0 ms, does not let
// the compiled page render: Taro waits on a 1 ms timer.)
const NOW = Date.now()
const TX = '4200001234202505011234567890'

/** 'YYYY-MM-DD HH:mm' in the zone test/global-setup.js pins, as the page formats it. */
function localMinute(ms) {
  const d = new Date(ms)
  const p = (n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

// Money still in the 2-hour delay (D2/D3): the delay-window complaint applies.
const IN_DELAY = {
  id: 'cdelay',
  label: '房东押金',
  createdAt: NOW - 20 * MINUTE,
  updatedAt: NOW - 20 * MINUTE,
  transfer: {
    method: 'chat',
    sentAt: NOW - 30 * MINUTE,
    amountFen: 50000,
    arrival: 'delay2h',
    recipient: 'accepted',
    acceptedAt: NOW - 25 * MINUTE,
    cause: 'fraud',
  },
}

// Money already in the recipient's 零钱 (T4): no delay complaint any more.
const ARRIVED = {
  id: 'carrived',
  label: '转错给同名的人',
  createdAt: NOW - 3 * HOUR,
  updatedAt: NOW - 3 * HOUR,
  transfer: {
    method: 'chat',
    sentAt: NOW - 3 * HOUR,
    amountFen: 12000,
    arrival: 'instant',
    recipient: 'accepted',
    cause: 'mistaken',
  },
}

const envelope = (data) => ({ v: 1, data })

const app = bootApp()

/** Empties storage and seeds it, so each test starts from what it states. */
function seed(cases = []) {
  app.storage.clear()
  for (const c of cases) app.storage.set(`tr:case:${c.id}`, envelope(c))
}

/** Unfolds every checklist group (they start folded but for the first unfinished one) and section. */
async function openGroups(page) {
  for (let i = 0; i < 30; i++) {
    const closed = page
      .queryAll('.checklist-group__head, .fold-section__head')
      .find((head) => head.dom.textContent.includes('展开'))
    if (!closed) break
    closed.dispatchEvent('tap')
    await flush()
  }
  return page
}
const mount = async (...args) => openGroups(await app.mount(...args))

const lastCall = (api) => app.callsTo(api).slice(-1)[0]
const textOf = (page, selector) => {
  const node = page.query(selector)
  return node ? node.dom.textContent : ''
}
const ticked = (page, itemId) => textOf(page, `#item-${itemId}`).includes('✓')

// Mirrors isShareSafe in src/domain/share.ts (tested there): nothing personal on a card.
const shareSafe = (text) =>
  !/\d{3,}/.test(text) && !/[¥￥]|\d+(\.\d+)?\s*元/.test(text) && !/@|wxid_/i.test(text)

describe('scenario and stage choose the items', () => {
  test('the generic 被骗 list starts with the police and a 110 item', async () => {
    seed()
    const page = await mount('pages/checklist/index')
    await waitForText(page, '投诉报警清单')
    expect(page.text()).toContain('这是“被骗”的通用清单')
    expect(page.query('#item-call-110')).toBeTruthy()
    expect(page.query('#dial-call-110')).toBeTruthy()
    expect(page.queryAll('.checklist-group')[0].dom.textContent).toMatch(/^报警/)
    expect(textOf(page, '#progress')).toMatch(/^已完成 0\/\d+$/)
    page.unmount()
  })

  test('转错人 shows no police-first list and no 110 item', async () => {
    seed()
    const page = await mount('pages/checklist/index')
    await page.tap('#scope-mistaken')
    expect(page.text()).toContain('这是“转错人”的通用清单')
    expect(page.query('#item-call-110')).toBeFalsy()
    expect(page.queryAll('.checklist-group')[0].dom.textContent).not.toMatch(/^报警/)
    expect(page.query('#item-ask-return')).toBeTruthy()
    page.unmount()
  })

  test('a saved case still in the delay opens by default and shows the delay complaint', async () => {
    seed([IN_DELAY, ARRIVED])
    const page = await mount('pages/checklist/index')
    expect(page.text()).toContain('房东押金 · 延时到账中')
    expect(textOf(page, '#case-stage')).toContain('这笔转账：延时到账中')
    expect(page.query('#item-delay-complaint')).toBeTruthy()
    // The copyable complaint path is the 账单 → 待入账 → 投诉 route (D3).
    expect(textOf(page, '#item-delay-complaint')).toContain('延时结束前')
    // A fraud case gets no "我转错了" message to send the scammer, only the reply to strangers.
    expect(page.query('#template-firm')).toBeFalsy()
    expect(page.query('#template-reply-stranger')).toBeTruthy()
    page.unmount()
  })

  test('an arrived case does not show the delay complaint', async () => {
    seed([IN_DELAY, ARRIVED])
    const page = await mount('pages/checklist/index')
    await page.tap('#scope-case-carrived')
    await openGroups(page)
    expect(textOf(page, '#case-stage')).toContain('钱已进对方零钱')
    expect(page.query('#item-delay-complaint')).toBeFalsy()
    expect(page.query('#item-civil-court')).toBeTruthy()
    page.unmount()
  })

  test('?case=<id> opens that case; an unknown id falls back to the default', async () => {
    seed([IN_DELAY, ARRIVED])
    const asked = await mount('pages/checklist/index', { case: 'carrived' })
    expect(asked.query('#item-delay-complaint')).toBeFalsy()
    expect(textOf(asked, '#case-stage')).toContain('钱已进对方零钱')
    asked.unmount()
    const unknown = await mount('pages/checklist/index', { case: 'nope' })
    expect(unknown.query('#item-delay-complaint')).toBeTruthy()
    unknown.unmount()
  })

  test('a returned case is not the default; the generic fraud list is', async () => {
    const returned = {
      ...ARRIVED,
      id: 'cback',
      transfer: { ...ARRIVED.transfer, recipient: 'returned' },
    }
    seed([returned])
    const page = await mount('pages/checklist/index')
    expect(page.text()).toContain('这是“被骗”的通用清单')
    expect(page.text()).toContain('对方已退还')
    page.unmount()
  })

  test('every item shows its source', async () => {
    seed([IN_DELAY])
    const page = await mount('pages/checklist/index')
    const items = page.queryAll('.checklist-item')
    expect(items.length).toBeGreaterThan(5)
    for (const item of items) expect(item.dom.textContent).toMatch(/依据：\S+/)
    page.unmount()
  })
})

describe('ticks', () => {
  test('a tick is saved under tr:checklist:<scope> and persists across a reload', async () => {
    seed([IN_DELAY])
    const first = await mount('pages/checklist/index')
    expect(ticked(first, 'evidence-chat')).toBe(false)
    await first.tap('#item-evidence-chat')
    expect(ticked(first, 'evidence-chat')).toBe(true)
    expect(app.storage.get('tr:checklist:cdelay')).toEqual(envelope(['evidence-chat']))
    const progress = textOf(first, '#progress')
    expect(progress).toMatch(/^已完成 1\/\d+$/)
    first.unmount()

    const again = await mount('pages/checklist/index')
    expect(ticked(again, 'evidence-chat')).toBe(true)
    expect(textOf(again, '#progress')).toBe(progress)
    // Tapping again unticks it.
    await again.tap('#item-evidence-chat')
    expect(ticked(again, 'evidence-chat')).toBe(false)
    expect(app.storage.get('tr:checklist:cdelay')).toEqual(envelope([]))
    again.unmount()
  })

  test('generic scenarios keep their own ticks', async () => {
    seed()
    const page = await mount('pages/checklist/index')
    await page.tap('#item-evidence-chat')
    await page.tap('#scope-mistaken')
    await openGroups(page)
    expect(page.query('#item-evidence-chat')).toBeTruthy()
    expect(ticked(page, 'evidence-chat')).toBe(false)
    expect(app.storage.get('tr:checklist:fraud')).toEqual(envelope(['evidence-chat']))
    expect(app.storage.has('tr:checklist:mistaken')).toBe(false)
    page.unmount()
  })
})

describe('folding', () => {
  const heads = (page) => page.queryAll('.checklist-group__head').map((h) => h.dom.textContent)

  test('only the first unfinished group is open; the others show their progress', async () => {
    seed()
    let page = await app.mount('pages/checklist/index')
    const first = heads(page)
    expect(first.length).toBeGreaterThan(2)
    expect(first[0]).toContain('收起')
    for (const head of first.slice(1)) expect(head).toMatch(/已完成 0\/\d+.*展开/)
    const openItems = page.queryAll('.checklist-item__head')
    expect(openItems.length).toBeGreaterThan(0)

    // Finish the first group: next time it folds (✓) and the second one opens.
    for (const item of openItems) {
      item.dispatchEvent('tap')
      await flush()
    }
    page.unmount()
    page = await app.mount('pages/checklist/index')
    const after = heads(page)
    expect(after[0]).toMatch(/✓ 已完成 (\d+)\/\1.*展开/)
    expect(after[1]).toContain('收起')

    // A folded group opens on a tap on its head.
    await page.tap('.checklist-group__head')
    expect(heads(page)[0]).toContain('收起')
    page.unmount()
  })
})

describe('生成报案材料', () => {
  test('the summary has the case time, amount and 交易单号, and is copied as shown', async () => {
    seed([IN_DELAY])
    const page = await mount('pages/checklist/index')
    await page.tap('#item-evidence-transfer-detail')
    await page.input('#field-recipientWechatId', 'scam_cs_01')
    await page.input('#field-transactionId', TX)
    await page.input('#field-story', '对方自称快递客服，说要理赔，让我先转钱。')
    await page.tap('#make-summary')

    const summary = textOf(page, '#summary-text')
    expect(summary).toContain(`转账时间：${localMinute(IN_DELAY.transfer.sentAt)}`)
    expect(summary).toContain('金额：¥500.00')
    expect(summary).toContain(`交易单号/转账单号：${TX}`)
    expect(summary).toContain('对方微信号：scam_cs_01')
    expect(summary).toContain('当前状态（按本人填写推算）：延时到账中')
    expect(summary).toContain('✓ 截图转账详情')
    expect(summary).toContain('☐ 截图前后的聊天记录')
    // Saved on the phone, per case, with the story.
    expect(app.storage.get('tr:details:cdelay')).toEqual(
      envelope({
        recipientWechatId: 'scam_cs_01',
        transactionId: TX,
        story: '对方自称快递客服，说要理赔，让我先转钱。',
      }),
    )

    await page.tap('#copy-summary')
    const copied = lastCall('setClipboardData').opts.data
    expect(copied).toContain(localMinute(IN_DELAY.transfer.sentAt))
    expect(copied).toContain('¥500.00')
    expect(copied).toContain(TX)
    expect(copied.replace(/\s+/g, '')).toBe(summary.replace(/\s+/g, ''))
    expect(lastCall('showToast').opts.title).toBe('已复制报案材料')
    page.unmount()
  })

  test('a 交易单号 that is not digits is refused beside the field, and nothing is saved', async () => {
    seed([IN_DELAY])
    const page = await mount('pages/checklist/index')
    await page.input('#field-transactionId', 'abc')
    await page.tap('#save-details')
    expect(textOf(page, '#error-transactionId')).toBe('交易单号只能是数字')
    expect(app.storage.has('tr:details:cdelay')).toBe(false)
    await page.tap('#make-summary')
    expect(page.query('#summary-text')).toBeFalsy()
    expect(textOf(page, '#error-form')).toBe('请先改正上面标出的内容')
    page.unmount()
  })

  test('without a case the summary still works and says what is missing', async () => {
    seed()
    const page = await mount('pages/checklist/index', { scenario: 'mistaken' })
    expect(page.query('#go-status')).toBeTruthy()
    await page.input('#field-recipientName', '张*')
    await page.tap('#make-summary')
    const summary = textOf(page, '#summary-text')
    expect(summary).toContain('金额：未填写')
    expect(summary).toContain('对方昵称或备注：张*')
    expect(app.storage.get('tr:details:mistaken')).toEqual(envelope({ recipientName: '张*' }))
    page.unmount()
  })
})

describe('one-tap calls and copies', () => {
  test('call 110 dials it (the call bar and the item)', async () => {
    seed()
    const page = await mount('pages/checklist/index')
    const before = app.callsTo('makePhoneCall').length
    await page.tap('#call-110')
    await page.tap('#dial-call-110')
    const calls = app.callsTo('makePhoneCall').slice(before)
    expect(calls.map((c) => c.opts.phoneNumber)).toEqual(['110', '110'])
    page.unmount()
  })

  test('copying a tap path puts the steps on the clipboard', async () => {
    seed()
    const page = await mount('pages/checklist/index')
    await page.tap('#copy-evidence-transfer-detail')
    expect(lastCall('setClipboardData').opts.data).toBe(
      '我 → 服务 → 钱包 → 账单 → 这笔转账 → 转账详情',
    )
    // After the money has left, the 96110 item sends the user to 110: its number is 110.
    await page.tap('#copynum-call-96110')
    expect(lastCall('setClipboardData').opts.data).toBe('110')
    const before = app.callsTo('makePhoneCall').length
    await page.tap('#dial-call-96110')
    expect(
      app
        .callsTo('makePhoneCall')
        .slice(before)
        .map((c) => c.opts.phoneNumber),
    ).toEqual(['110'])
    page.unmount()
  })

  test('a template is filled with the case and copied', async () => {
    seed([ARRIVED])
    const page = await mount('pages/checklist/index', { case: 'carrived' })
    // The "please tap 退还" message only fits a pending transfer.
    expect(page.query('#template-polite-pending')).toBeFalsy()
    await page.tap('#copy-template-firm')
    const text = lastCall('setClipboardData').opts.data
    expect(text).toContain('¥120.00')
    expect(text).toContain('第985条')
    page.unmount()
  })
})

describe('query parameters and single-page mode', () => {
  test('{ scenario: "mistaken" } with empty storage renders from the query alone', async () => {
    seed()
    const page = await mount('pages/checklist/index', { scenario: 'mistaken' })
    expect(page.text()).toContain('这是“转错人”的通用清单')
    expect(page.query('#item-ask-return')).toBeTruthy()
    expect(page.text()).toContain('人民调解')
    page.unmount()
  })

  test('{ scenario: "<script>" } falls back to the default list', async () => {
    seed()
    const page = await mount('pages/checklist/index', { scenario: '<script>' })
    expect(page.text()).toContain('这是“被骗”的通用清单')
    expect(page.text()).not.toContain('<script>')
    page.unmount()
  })

  test('opened from Moments (scene 1154) it hides links to other pages', async () => {
    seed()
    const normal = global.wx.getLaunchOptionsSync
    const enter = global.wx.getEnterOptionsSync
    global.wx.getLaunchOptionsSync = () => ({ path: 'pages/checklist/index', scene: 1154 })
    global.wx.getEnterOptionsSync = () => ({ path: 'pages/checklist/index', scene: 1154 })
    try {
      const page = await mount('pages/checklist/index', { scenario: 'fraud' })
      expect(page.query('#item-call-110')).toBeTruthy()
      expect(page.query('#go-status')).toBeFalsy()
      const navigations = () => app.callsTo('navigateTo').length + app.callsTo('redirectTo').length
      const before = navigations()
      await page.tap('.source-note__toggle')
      expect(navigations()).toBe(before)
      // Calls still work.
      await page.tap('#call-110')
      expect(lastCall('makePhoneCall').opts.phoneNumber).toBe('110')
      page.unmount()
    } finally {
      global.wx.getLaunchOptionsSync = normal
      global.wx.getEnterOptionsSync = enter
    }
  })
})

describe('sharing', () => {
  test('onShareTimeline shares the generic list, never a case id', async () => {
    seed([IN_DELAY])
    const page = await mount('pages/checklist/index', { case: 'cdelay' })
    const card = page.page.onShareTimeline()
    expect(card.query).toBe('scenario=fraud')
    expect(card.query).not.toContain('cdelay')
    expect(card.title).toContain('清单')
    expect(shareSafe(card.title)).toBe(true)
    page.unmount()
  })

  test('onShareAppMessage gives a fixed, share-safe card', async () => {
    seed([IN_DELAY])
    const page = await mount('pages/checklist/index', { case: 'cdelay' })
    const card = page.page.onShareAppMessage({ from: 'menu' })
    expect(card.path).toBe('/pages/checklist/index')
    expect(shareSafe(card.title)).toBe(true)
    expect(shareSafe(card.path)).toBe(true)
    expect(JSON.stringify(card)).not.toContain('cdelay')
    page.unmount()
  })
})
