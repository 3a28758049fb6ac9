// Runs `taro build` with the given arguments and fails when Taro reports an error. Taro 4.2 prints
// a config error ("Taro 配置有误", lines marked [✗]) and then exits 0, and a failed compile in
// watch mode does not exit at all: read alone, the exit code lets `npm test` pass on a broken
// build. Output goes through unchanged; the exit code is Taro's, or 1 if it printed an error.
//
// Usage: node scripts/taro-build.js --type weapp-a11y [--watch …]   (npm run build:weapp)
const { spawn } = require('child_process')

// What Taro prints when it gives up: the config check, and the compiler's failure line.
const ERROR_MARKS = [/\[✗\]/, /Taro 配置有误/, /编译失败/]

// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')

/** Whether a piece of Taro's output reports an error. */
function reportsError(text) {
  const line = plain(text)
  return ERROR_MARKS.some((mark) => mark.test(line))
}

function run(args, { cwd = process.cwd(), env = process.env } = {}) {
  const taro = require.resolve('@tarojs/cli/bin/taro', { paths: [cwd, __dirname] })
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [taro, 'build', ...args], {
      cwd,
      env,
      stdio: ['inherit', 'pipe', 'pipe'],
    })
    let failed = false
    // Output arrives in chunks that may split a line: keep each stream's unfinished tail.
    const watch = (stream, out) => {
      let tail = ''
      stream.on('data', (chunk) => {
        out.write(chunk)
        const text = tail + chunk.toString('utf8')
        const cut = text.lastIndexOf('\n')
        if (cut >= 0 && reportsError(text.slice(0, cut))) failed = true
        tail = text.slice(cut + 1)
      })
      stream.on('end', () => {
        if (tail && reportsError(tail)) failed = true
      })
    }
    watch(child.stdout, process.stdout)
    watch(child.stderr, process.stderr)
    child.on('close', (code, signal) => {
      if (signal) resolve(1)
      else if (code !== 0) resolve(code)
      else resolve(failed ? 1 : 0)
    })
  })
}

module.exports = { reportsError, run }

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    if (code !== 0) console.error(`taro build failed (exit ${code}): see Taro's messages above`)
    process.exit(code)
  })
}
