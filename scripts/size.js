// Prints the weapp production build's size per file and in total, and fails when the total passes
// the budget in size-budget.json. WeChat's hard limit for the main package is 2 MB (FACTS M1).
const fs = require('fs')
const path = require('path')

const root = path.resolve(__dirname, '..')
const dist = process.env.MP_DIST || path.join(root, 'dist')
const budget = JSON.parse(fs.readFileSync(path.join(root, 'size-budget.json'), 'utf8'))

if (!fs.existsSync(path.join(dist, 'app.json'))) {
  console.error('dist/ is missing: run `npm run build:weapp` first')
  process.exit(2)
}

// What WeChat packs: everything in dist/ except the DevTools project file and licence notes.
const skip = (rel) => rel === 'project.config.json' || rel.endsWith('.LICENSE.txt')

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : [full]
  })
}

const files = walk(dist)
  .map((full) => ({ rel: path.relative(dist, full), bytes: fs.statSync(full).size }))
  .filter((f) => !skip(f.rel))
  .sort((a, b) => b.bytes - a.bytes)

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const total = files.reduce((sum, f) => sum + f.bytes, 0)
for (const f of files) console.log(`${kb(f.bytes).padStart(10)}  ${f.rel}`)
console.log('-'.repeat(40))
console.log(`${kb(total).padStart(10)}  total (${files.length} files)`)
console.log(`${kb(budget.totalBytes).padStart(10)}  budget (size-budget.json)`)
console.log(`${kb(2 * 1024 * 1024).padStart(10)}  WeChat main-package limit`)

if (total > budget.totalBytes) {
  console.error(`size: ${kb(total)} is over the budget of ${kb(budget.totalBytes)}`)
  process.exit(1)
}
console.log(`size: ${kb(total)} of ${kb(budget.totalBytes)} budget`)
