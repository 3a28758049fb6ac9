// Figures a test measures for a reader (first-render bytes, setData per tick), kept out of the
// test output: Jest prints every console.log with a stack frame, which in a clean run reads as
// something gone wrong. Each figure is a line in test-results/figures/<name>.txt (rewritten on
// each run); FIGURES=1 also prints it.
const fs = require('fs')
const path = require('path')

const dir = path.resolve(__dirname, '../../test-results/figures')
const started = new Set()

/** Records one line under `name` (a file per test file). */
function figure(name, line) {
  const file = path.join(dir, `${name}.txt`)
  fs.mkdirSync(dir, { recursive: true })
  if (started.has(file)) fs.appendFileSync(file, `${line}\n`)
  else fs.writeFileSync(file, `${line}\n`)
  started.add(file)
  if (process.env.FIGURES) process.stdout.write(`${line}\n`)
}

module.exports = { figure, dir }
