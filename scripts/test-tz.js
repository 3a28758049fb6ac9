// Runs the clock-sensitive pure suites (rules and storage) under a second time zone. The default
// setup pins Asia/Shanghai; nothing in the domain may depend on the machine's zone.
const { spawnSync } = require('child_process')

const zone = process.argv[2] || 'America/New_York'
console.log(`Running the domain suites with TZ=${zone}`)
const res = spawnSync('npx', ['jest', '--selectProjects', 'domain'], {
  stdio: 'inherit',
  env: { ...process.env, TEST_TZ: zone },
})
process.exit(res.status === null ? 1 : res.status)
