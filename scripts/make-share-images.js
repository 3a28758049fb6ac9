// Draws the share images with Debian's Chromium: for the prevention guide and for every other page,
// a 5:4 chat card and a 1:1 image for Moments and favorites (FACTS M3). Every share answer carries
// one of them, because without an image WeChat uses a screenshot of the page, amounts and all
// (FACTS M9). Fixed words only: no amount, name, WeChat ID or 交易单号.
// Run: node scripts/make-share-images.js
//   (writes assets/share/card.png, favorite.png, app-card.png, app-square.png, scam-card.png and
//   scam-square.png)
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')
const { chromium } = require('playwright-core')

const out = path.resolve(__dirname, '../assets/share')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const shield = (size) => `
<svg width="${size}" height="${size}" viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg">
  <path d="M50 6 L88 20 V48 C88 72 71 88 50 95 C29 88 12 72 12 48 V20 Z" fill="#ffffff"/>
  <path d="M31 50 L45 64 L70 37" fill="none" stroke="#07a35a" stroke-width="10"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>`

const base = `
  * { margin: 0; padding: 0; box-sizing: border-box; }
  body { font-family: 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; color: #ffffff;
         background: #07a35a; overflow: hidden; }
  .chip { display: inline-block; padding: 8px 18px; border-radius: 999px; background: #ffffff;
          color: #07763f; font-weight: 700; }
`

/** A 5:4 chat card: the app's name, a two-line headline and a row of chips. */
const card = (file, { top, lines, chips }) => ({
  file,
  width: 500,
  height: 400,
  html: `<style>${base}
      .wrap { width: 500px; height: 400px; padding: 40px 40px; display: flex; flex-direction: column; }
      .top { display: flex; align-items: center; gap: 14px; font-size: 24px; font-weight: 700; }
      h1 { margin-top: 34px; font-size: 46px; line-height: 1.3; font-weight: 900; }
      .chips { margin-top: auto; display: flex; flex-wrap: wrap; gap: 12px; font-size: 22px; }
      .chips .chip { padding: 8px 16px; }
    </style>
    <div class="wrap">
      <div class="top">${shield(52)}<span>${top}</span></div>
      <h1>${lines.join('<br>')}</h1>
      <div class="chips">${chips.map((c) => `<span class="chip">${c}</span>`).join('')}</div>
    </div>`,
})

/** A 1:1 picture for Moments and favorites: the shield, a title and one line under it. */
const square = (file, { title, line, titleSize = 56, spacing = 4 }) => ({
  file,
  width: 400,
  height: 400,
  html: `<style>${base}
      .wrap { width: 400px; height: 400px; display: flex; flex-direction: column;
              align-items: center; justify-content: center; text-align: center; }
      h1 { margin-top: 18px; font-size: ${titleSize}px; font-weight: 900; letter-spacing: ${spacing}px; }
      p { margin-top: 10px; font-size: 30px; font-weight: 700; }
    </style>
    <div class="wrap">${shield(150)}<h1>${title}</h1><p>${line}</p></div>`,
})

const images = [
  card('card.png', {
    top: '转账急救箱 · 防范设置',
    lines: ['给家人设置好这几项', '转账更安全'],
    chips: ['延时到账', '先打电话', '挂断假客服'],
  }),
  square('favorite.png', { title: '防范设置', line: '给家人 · 转账更安全' }),
  card('app-card.png', {
    top: '转账急救箱',
    lines: ['转错账、被骗了？', '先查还能做什么'],
    chips: ['看清到哪一步', '投诉报警清单'],
  }),
  square('app-square.png', { title: '转账急救箱', line: '转错账、被骗后先查一查' }),
  // The scam-sign check: the question it asks, never a verdict or an answer.
  card('scam-card.png', {
    top: '转账急救箱 · 转账前先停一下',
    lines: ['有人让你转钱？', '先查是不是骗局'],
    chips: ['安全账户', '共享屏幕', '验证码'],
  }),
  square('scam-square.png', {
    title: '转账前先停一下',
    line: '先查是不是骗局',
    titleSize: 48,
    spacing: 2,
  }),
]

// ---------------------------------------------------------------------------------------------
// Palette PNG: the pictures are flat colours and anti-aliased text, so 256 colours look the same
// as Chromium's true-colour screenshot at a third of the bytes (they ship in the 2 MB package).

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const bytes = Buffer.alloc(body.length + 8)
  bytes.writeUInt32BE(data.length, 0)
  body.copy(bytes, 4)
  bytes.writeUInt32BE(crc32(body), body.length + 4)
  return bytes
}

/** Up to 256 colours: the most frequent after rounding each channel to a multiple of 8. */
function palettePng(rgba, width, height) {
  const key = (i) => ((rgba[i] >> 3) << 10) | ((rgba[i + 1] >> 3) << 5) | (rgba[i + 2] >> 3)
  const counts = new Map()
  for (let i = 0; i < rgba.length; i += 4) counts.set(key(i), (counts.get(key(i)) || 0) + 1)
  const palette = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 256)
    .map(([k]) => [((k >> 10) & 31) * 8 + 4, ((k >> 5) & 31) * 8 + 4, (k & 31) * 8 + 4])
  const nearest = new Map()
  const indexOf = (i) => {
    const k = key(i)
    if (nearest.has(k)) return nearest.get(k)
    let best = 0
    let bestD = Infinity
    palette.forEach(([r, g, b], j) => {
      const d = (r - rgba[i]) ** 2 + (g - rgba[i + 1]) ** 2 + (b - rgba[i + 2]) ** 2
      if (d < bestD) [best, bestD] = [j, d]
    })
    nearest.set(k, best)
    return best
  }
  const raw = Buffer.alloc((width + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = indexOf((y * width + x) * 4)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 3 // indexed colour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** The screenshot's pixels, read back through a canvas in the same browser page. */
async function pixelsOf(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.width
    canvas.height = img.height
    const ctx = canvas.getContext('2d')
    ctx.drawImage(img, 0, 0)
    return Array.from(ctx.getImageData(0, 0, img.width, img.height).data)
  }, png.toString('base64'))
}

async function main() {
  fs.mkdirSync(out, { recursive: true })
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    for (const img of images) {
      const page = await browser.newPage({
        viewport: { width: img.width, height: img.height },
        deviceScaleFactor: 1,
      })
      await page.setContent(`<!doctype html><meta charset="utf-8">${img.html}`)
      await page.evaluate(() => document.fonts.ready)
      const file = path.join(out, img.file)
      const shot = await page.screenshot({
        clip: { x: 0, y: 0, width: img.width, height: img.height },
      })
      const rgba = await pixelsOf(page, shot)
      fs.writeFileSync(file, palettePng(rgba, img.width, img.height))
      console.log(`${img.file}: ${img.width}×${img.height}, ${fs.statSync(file).size} bytes`)
      await page.close()
    }
  } finally {
    await browser.close()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
