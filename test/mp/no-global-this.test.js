// iOS 12.0 and 12.1, which current WeChat still runs on, have no `globalThis`; zod reads it as
// soon as it loads, so one unguarded read and the mini-program does not start there. This boots
// the compiled app with `globalThis` removed and sees a page read stored cases through the zod
// schemas, set a damaged one aside, and render.
const { bootApp, storedCase } = require('./harness')

const realGlobal = globalThis
const now = Date.now()

test('the app boots and the home page reads its cases through zod without globalThis', async () => {
  let seenWhileRemoved
  let app
  let page
  // Jest's own expect reads globalThis: nothing is asserted until it is back.
  delete realGlobal.globalThis
  try {
    seenWhileRemoved = typeof globalThis
    app = bootApp({
      storage: {
        'tr:case:g1': storedCase('g1', {
          method: 'chat',
          sentAt: now - 5 * 60 * 1000,
          amountFen: 52000,
          arrival: 'instant',
          recipient: 'pending',
          cause: 'mistaken',
        }),
        'tr:case:g2': { v: 1, data: { id: 'g2', transfer: 'damaged' } },
      },
    })
    page = await app.mount('pages/home/index')
  } finally {
    realGlobal.globalThis = realGlobal
  }
  expect(seenWhileRemoved).toBe('undefined')
  expect(page.query('#case-g1')).toBeTruthy()
  expect(page.query('#case-g2')).toBeFalsy()
  expect(page.query('#quarantine-note')).toBeTruthy()
  expect(app.storage.has('tr:case:g2')).toBe(false)
})
