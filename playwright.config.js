// `npm run test:e2e`: the H5 build (dist-h5/) in Debian's Chromium, through Playwright Test.
// No browser is downloaded: Chromium is the system package at /usr/bin/chromium (or CHROMIUM_PATH).
// dist-h5/ is served by sirv on 127.0.0.1 with SPA fallback; every test blocks and reports any
// request that leaves this machine (test/e2e/fixtures.js).
// On failure the trace and the HTML report stay under test-results/ (see README, 测试).
const { execFileSync } = require('child_process')
const fs = require('fs')
const path = require('path')
const { defineConfig } = require('@playwright/test')

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const DIST = path.resolve(__dirname, process.env.H5_DIST || 'dist-h5')

/**
 * A free port, chosen once in the runner's process and handed to the workers through the
 * environment (they load this file again), so parallel runs on one machine do not collide.
 */
function freePort() {
  const probe =
    "const s=require('net').createServer();" +
    "s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim()
}
if (!process.env.E2E_PORT) process.env.E2E_PORT = freePort()
const PORT = Number(process.env.E2E_PORT)

if (!fs.existsSync(CHROMIUM)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM}. Install Debian's package: ` +
      'apt-get update && apt-get install -y chromium',
  )
}
if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  throw new Error('dist-h5/ is missing: run `npm run build:h5` first (npm run test:e2e does it)')
}

const sirv = path.join(path.dirname(require.resolve('sirv-cli/package.json')), 'bin.js')

module.exports = defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.e2e.test.js',
  // Failures keep their trace here; the HTML report sits beside it (it may not live inside).
  outputDir: 'test-results/e2e',
  // Screenshot baselines are committed; one set for every machine (Chromium and fonts-noto-cjk
  // from Debian), so no platform suffix. Regenerate: npm run test:e2e -- --update-snapshots
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  timeout: 60000,
  // Files run side by side (each file's tests in order, in one worker); two cores on CI.
  workers: Number(process.env.E2E_WORKERS || 2),
  fullyParallel: false,
  // A test that fails once is reported as failed: no retries that could hide a flaky check.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ['list'],
    ['html', { outputFolder: 'test-results/e2e-report', open: 'never' }],
    ['./test/e2e/closing-line-reporter.js'],
  ],
  expect: {
    timeout: 10000,
    toHaveScreenshot: {
      // Tolerates font anti-aliasing (per-pixel colour distance and a few stray pixels), not a
      // moved or resized block: a layout change differs in far more than 1% of the pixels.
      threshold: 0.2,
      maxDiffPixelRatio: 0.01,
      animations: 'disabled',
      caret: 'hide',
    },
  },
  webServer: {
    command: `"${process.execPath}" "${sirv}" "${DIST}" --single --host 127.0.0.1 --port ${PORT} --quiet`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
})
