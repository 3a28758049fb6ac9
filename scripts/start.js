// npm start: build the mini-program into dist/ for WeChat DevTools, then build the same app as H5
// and serve it on http://127.0.0.1:10086 so it can be used in a browser right away (sirv, with SPA
// fallback: the same static server the e2e tests use).
const { spawn, spawnSync } = require('child_process')
const path = require('path')

const root = path.resolve(__dirname, '..')
const port = Number(process.env.PORT || 10086)

function run(script) {
  console.log(`\n> npm run ${script}`)
  const res = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' })
  if (res.status !== 0) process.exit(res.status || 1)
}

run('build:weapp')
run('build:h5')
const sirv = path.join(path.dirname(require.resolve('sirv-cli/package.json')), 'bin.js')
const dist = path.join(root, 'dist-h5')
const server = spawn(
  process.execPath,
  [sirv, dist, '--single', '--host', '127.0.0.1', '--port', String(port), '--quiet'],
  { stdio: 'inherit' },
)
server.on('exit', (code) => process.exit(code === null ? 1 : code))
// sirv prints nothing with --quiet; say where the app is once it can answer.
const ready = setInterval(() => {
  fetch(`http://127.0.0.1:${port}/`)
    .then(() => {
      clearInterval(ready)
      console.log('\n转账急救箱 is ready:')
      console.log('  微信开发者工具: import this folder (project.config.json points at dist/)')
      console.log(`  Browser (H5):   http://127.0.0.1:${port}/`)
      console.log('Press Ctrl+C to stop.')
    })
    .catch(() => {})
}, 200)
