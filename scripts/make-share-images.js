// Draws the share images with Debian's Chromium: for the prevention guide and for every other page,
// a 5:4 chat card and a 1:1 image for Moments and favorites (FACTS M3). Every share answer carries
// one of them, because without an image WeChat uses a screenshot of the page, amounts and all
// (FACTS M9). Fixed words only: no amount, name, WeChat ID or 交易单号.
// Run: node scripts/make-share-images.js
//   (writes assets/share/card.png, favorite.png, app-card.png and app-square.png)
const fs = require('fs')
const path = require('path')
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

const images = [
  {
    file: 'card.png',
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
      <div class="top">${shield(52)}<span>转账急救箱 · 防范设置</span></div>
      <h1>给家人设置好这几项<br>转账更安全</h1>
      <div class="chips"><span class="chip">延时到账</span><span class="chip">先打电话</span><span class="chip">挂断假客服</span></div>
    </div>`,
  },
  {
    file: 'favorite.png',
    width: 400,
    height: 400,
    html: `<style>${base}
      .wrap { width: 400px; height: 400px; display: flex; flex-direction: column;
              align-items: center; justify-content: center; text-align: center; }
      h1 { margin-top: 18px; font-size: 56px; font-weight: 900; letter-spacing: 4px; }
      p { margin-top: 10px; font-size: 30px; font-weight: 700; }
    </style>
    <div class="wrap">${shield(150)}<h1>防范设置</h1><p>给家人 · 转账更安全</p></div>`,
  },
  {
    file: 'app-card.png',
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
      <div class="top">${shield(52)}<span>转账急救箱</span></div>
      <h1>转错账、被骗了？<br>先查还能做什么</h1>
      <div class="chips"><span class="chip">看清到哪一步</span><span class="chip">投诉报警清单</span></div>
    </div>`,
  },
  {
    file: 'app-square.png',
    width: 400,
    height: 400,
    html: `<style>${base}
      .wrap { width: 400px; height: 400px; display: flex; flex-direction: column;
              align-items: center; justify-content: center; text-align: center; }
      h1 { margin-top: 18px; font-size: 56px; font-weight: 900; letter-spacing: 4px; }
      p { margin-top: 10px; font-size: 30px; font-weight: 700; }
    </style>
    <div class="wrap">${shield(150)}<h1>转账急救箱</h1><p>转错账、被骗后先查一查</p></div>`,
  },
]

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
      await page.screenshot({
        path: file,
        clip: { x: 0, y: 0, width: img.width, height: img.height },
      })
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
