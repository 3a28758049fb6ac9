// WeChat's own code-quality check (miniprogram-ci checkCodeQuality), offline, on the built dist/.
// It reads project.config.json (minification switches) and the package; it never uploads, so the
// private key is a dummy. Upload/preview need a real key and network: see README.
const path = require('path')
const fs = require('fs')
const os = require('os')
const ci = require('miniprogram-ci')

async function main() {
  const root = path.resolve(__dirname, '..')
  if (!fs.existsSync(path.join(root, 'dist', 'app.json'))) {
    console.error('dist/ is missing: run `npm run build:weapp` first')
    process.exit(2)
  }
  const key = path.join(os.tmpdir(), 'transfer-rescue-dummy.key')
  fs.writeFileSync(key, 'dummy-key-checkCodeQuality-does-not-read-it')
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: root,
    privateKeyPath: key,
    ignores: ['node_modules/**/*', 'dist-h5/**/*', '.out/**/*', 'test-results/**/*'],
  })
  const results = await ci.checkCodeQuality(project)
  let failed = 0
  for (const r of results) {
    console.log(`${r.success ? 'ok  ' : 'FAIL'}  ${r.name}: ${r.text}`)
    if (!r.success) failed++
  }
  if (failed) {
    console.error(`quality: ${failed} of ${results.length} checks failed`)
    process.exit(1)
  }
  console.log(`quality: ${results.length} of ${results.length} checks passed`)
  // miniprogram-ci leaves a file watcher running, which would keep node alive after the results.
  process.exit(0)
}

// A check that has not answered in 5 minutes is a failure, not a hung CI run.
setTimeout(
  () => {
    console.error('quality: miniprogram-ci did not answer within 5 minutes')
    process.exit(1)
  },
  5 * 60 * 1000,
).unref()

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
