// The privacy promise "no server, no network" (README 隐私承诺), checked three ways:
// 1. at run time: boot the production build, open every page, tap everything that has an id, and
//    assert the harness recorded no call to a wx network API;
// 2. statically over OUR source (src/): no Taro/wx network API, fetch, XMLHttpRequest or socket;
// 3. statically over the built dist/: no call-shaped use of the network APIs in any chunk that
//    holds our code. Taro's runtime (taro.js) lists these names in its API tables and wraps
//    wx.request for Taro.request; naming them is not calling them, so that chunk is left to 1 and 2.
// Each detector is also run against a planted call, so each part can fail.
const fs = require('fs')
const path = require('path')
const { bootApp, dist, flush, storedCase } = require('./harness')

const NETWORK_APIS = ['request', 'uploadFile', 'downloadFile', 'connectSocket']
const HOUR = 60 * 60 * 1000
const now = Date.now()

const storage = {
  'tr:case:c1': storedCase('c1', {
    method: 'chat',
    sentAt: now - HOUR,
    amountFen: 50000,
    arrival: 'delay2h',
    recipient: 'accepted',
    acceptedAt: now - HOUR / 2,
    cause: 'fraud',
  }),
}

const pages = [
  ['pages/home/index', {}],
  ['pages/status/index', { id: 'c1' }],
  ['pages/countdown/index', { id: 'c1' }],
  ['pages/checklist/index', { scope: 'c1' }],
  ['pages/checklist/index', { scenario: 'fraud' }],
  ['pages/prevention/index', {}],
  ['pages/prevention/index', { mode: 'family' }],
  ['pages/about/index', { source: 'D1' }],
  ['pages/scam-check/index', {}],
  ['pages/scam-check/index', { paid: 'yes' }],
]

/** Ids we gave elements (Taro's generated ones start with '_'), through every shadow root. */
function ownIds(page) {
  const out = []
  const walk = (node, depth) => {
    if (!node || depth > 400) return
    if (typeof node.id === 'string' && node.id && !node.id.startsWith('_')) out.push(node.id)
    if (node.shadowRoot) walk(node.shadowRoot, depth + 1)
    for (const child of node.childNodes || []) walk(child, depth + 1)
  }
  walk(page.comp._exparserNode, 0)
  return [...new Set(out)]
}

function networkCalls(app) {
  return NETWORK_APIS.flatMap((api) => app.callsTo(api))
}

// --- static detectors -------------------------------------------------------------------------

/** Network use in TypeScript/JavaScript source: any mention of the APIs, not only calls. */
function sourceFindings(text) {
  const patterns = [
    /\b(?:Taro|wx)\s*\.\s*(?:request|uploadFile|downloadFile|connectSocket)\b/,
    /\b(?:request|uploadFile|downloadFile|connectSocket)\s*\(/,
    /['"`](?:request|uploadFile|downloadFile|connectSocket)['"`]/,
    /\bimport\s*\{[^}]*\b(?:request|uploadFile|downloadFile|connectSocket)\b[^}]*\}\s*from\s*['"]@tarojs\/taro['"]/,
    /\bfetch\s*\(/,
    /\bXMLHttpRequest\b/,
    /\bnew\s+WebSocket\b/,
    /\bEventSource\b/,
    /\bsendBeacon\b/,
    /\bcreateUDPSocket\b|\bcreateTCPSocket\b/,
  ]
  return patterns.filter((p) => p.test(text)).map(String)
}

/** Call-shaped uses in minified output: x.request(…), x["request"](…), wx.request etc. */
function distFindings(text) {
  const re =
    /(?:[\w$)\]]\s*\.\s*|\[\s*['"])(request|uploadFile|downloadFile|connectSocket)(?:['"]\s*\])?\s*\(/g
  return [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40))
}

function filesUnder(dir, exts) {
  const out = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'node_modules')
        out.push(...filesUnder(full, exts))
    } else if (exts.some((e) => entry.name.endsWith(e))) {
      out.push(full)
    }
  }
  return out
}

// --- run time ---------------------------------------------------------------------------------

const app = bootApp({ storage })

describe('at run time (production build in miniprogram-simulate)', () => {
  test.each(pages)(
    '%s %j: opening it and tapping everything calls no network API',
    async (route, query) => {
      const page = await app.mount(route, query)
      const tapped = new Set()
      // Tap each id once; re-read after every tap since a tap can change what is shown.
      for (let round = 0; round < 200; round++) {
        const next = ownIds(page).find((id) => !tapped.has(id))
        if (!next) break
        tapped.add(next)
        const node = page.query(`#${next}`)
        if (!node) continue
        node.dispatchEvent('tap')
        node.dispatchEvent('change', { detail: { value: true } })
        await flush()
      }
      expect(tapped.size).toBeGreaterThan(0)
      await page.show()
      await page.hide()
      page.unmount()
      expect(networkCalls(app)).toEqual([])
    },
  )

  test('the detector works: a network call made through wx is recorded', async () => {
    const before = networkCalls(app).length
    global.wx.request({ url: 'https://example.invalid/' })
    global.wx.connectSocket({ url: 'wss://example.invalid/' })
    expect(networkCalls(app).length - before).toBe(2)
  })
})

// --- static: our source -----------------------------------------------------------------------

describe('statically', () => {
  const root = path.resolve(__dirname, '../..')

  test('src/ uses no network API (Taro.request, uploadFile, downloadFile, sockets, fetch…)', () => {
    const files = filesUnder(path.join(root, 'src'), ['.ts', '.tsx', '.js', '.jsx'])
    expect(files.length).toBeGreaterThan(20)
    const found = files
      .map((f) => [path.relative(root, f), sourceFindings(fs.readFileSync(f, 'utf8'))])
      .filter(([, hits]) => hits.length)
    expect(found).toEqual([])
  })

  test('the source detector catches planted calls', () => {
    for (const planted of [
      "Taro.request({ url: 'https://x' })",
      "import { request } from '@tarojs/taro'",
      'Taro.uploadFile({ url, filePath })',
      "wx.connectSocket({ url: 'wss://x' })",
      "Taro['downloadFile']({ url })",
      "fetch('https://x')",
      'new XMLHttpRequest()',
    ]) {
      expect(sourceFindings(planted)).not.toEqual([])
    }
    expect(sourceFindings('const requestPaint = 1; // a request for help')).toEqual([])
  })

  test('no chunk of the built dist/ that holds our code calls a network API', () => {
    const files = filesUnder(dist, ['.js']).filter((f) => path.basename(f) !== 'taro.js')
    expect(files.map((f) => path.relative(dist, f))).toEqual(
      expect.arrayContaining([
        'app.js',
        'pages/prevention/index.js',
        'pages/about/index.js',
        'pages/scam-check/index.js',
      ]),
    )
    const found = files
      .map((f) => [path.relative(dist, f), distFindings(fs.readFileSync(f, 'utf8'))])
      .filter(([, hits]) => hits.length)
    expect(found).toEqual([])
  })

  test('the dist detector catches minified calls and ignores names in API tables', () => {
    expect(distFindings('o().request({url:"https://x"})')).toHaveLength(1)
    expect(distFindings('r.Ay.uploadFile({url:t})')).toHaveLength(1)
    expect(distFindings('wx["connectSocket"]({url:t})')).toHaveLength(1)
    expect(distFindings('n.default.downloadFile ({url:t})')).toHaveLength(1)
    expect(distFindings('["connectSocket","downloadFile","uploadFile"]')).toEqual([])
    expect(distFindings('l.unstable_requestPaint()')).toEqual([])
  })
})
