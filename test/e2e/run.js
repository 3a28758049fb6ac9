// Runs every *.e2e.test.js with node's test runner (its closing lines are what CI reads).
const { spawnSync } = require('child_process')
const fs = require('fs')
const path = require('path')

const dir = __dirname
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.test.js'))
  .map((f) => path.join(dir, f))
const res = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, TZ: process.env.TZ || 'Asia/Shanghai' } },
)
process.exit(res.status === null ? 1 : res.status)
