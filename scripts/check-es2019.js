// Checks that every JavaScript file of the weapp build parses as ES2019 and uses no regex
// lookbehind, so the code that ships starts on the oldest phones current WeChat runs on: iOS 12's
// JavaScriptCore parses ES2019 but not `?.` / `??` (iOS 13.4) and has no lookbehind (iOS 16.4).
// iOS 12.0/12.1 have no `globalThis` either: a bare read of it must be guarded by a
// `typeof globalThis` test; the weapp build routes zod's (and any other) bare reads to the global
// object found by src/platform/global-object.ts (ProvidePlugin), so a read left here has no shim.
// A syntax error in any chunk stops the whole mini-program from starting, and WeChat's own
// upload-time ES5 pass is switched off (project.config.json), so nothing fixes it after the build.
// The build's WXS runs in another engine and is checked by WXS's own rules (scripts/wxs-rules.js).
//
// Usage: node scripts/check-es2019.js [dir]   (default: dist/, or MP_DIST)
// The jest suite test/mp/es2019.test.js runs the same check inside `npm test`.
const fs = require('fs')
const path = require('path')
const acorn = require('acorn')
const { wxsProblems, inlineModules } = require('./wxs-rules')

const ECMA_VERSION = 2019

/**
 * Index of the first lookbehind group `(?<=` or `(?<!` in a regex pattern, or -1. Escaped
 * characters and character classes are skipped, so `\(?<=` and `[(?<=]` are not lookbehinds, while
 * a named group `(?<name>` (ES2018, iOS 11.3) is allowed.
 */
function lookbehindIndex(pattern) {
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      i++
    } else if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') {
      inClass = true
    } else if (c === '(' && pattern.startsWith('(?<', i) && '=!'.includes(pattern[i + 3])) {
      return i
    }
  }
  return -1
}

/** Line and column (both 1-based, as editors show them) of a character offset. */
function lineColumn(code, offset) {
  const before = code.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/** A short single-line excerpt around an offset: minified chunks are one very long line. */
function excerpt(code, offset, radius = 40) {
  const start = Math.max(0, offset - radius)
  const end = Math.min(code.length, offset + radius)
  return `${start > 0 ? '…' : ''}${code.slice(start, end)}${end < code.length ? '…' : ''}`.replace(
    /\s+/g,
    ' ',
  )
}

function finding(file, code, offset, message) {
  const { line, column } = lineColumn(code, offset)
  return { file, line, column, offset, message, excerpt: excerpt(code, offset) }
}

/** Every AST node below `node`, in source order. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return
  yield node
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'regex') continue
    const value = node[key]
    if (Array.isArray(value)) {
      for (const child of value) yield* nodes(child)
    } else if (value && typeof value === 'object') {
      yield* nodes(value)
    }
  }
}

/** The pattern a `RegExp('…')` / `new RegExp('…')` call builds from a constant string, if any. */
function constantRegExpPattern(node) {
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return null
  if (node.callee.type !== 'Identifier' || node.callee.name !== 'RegExp') return null
  const arg = node.arguments[0]
  if (!arg) return null
  if (arg.type === 'Literal' && typeof arg.value === 'string') return arg
  if (arg.type === 'TemplateLiteral' && arg.expressions.length === 0) return arg
  return null
}

const isTypeofGlobalThis = (n) =>
  n.type === 'UnaryExpression' && n.operator === 'typeof' && n.argument.name === 'globalThis'

/** Offsets of the `globalThis` reads that no `typeof globalThis` test (if, ?:, &&) guards. */
function unguardedGlobalThis(node, out = []) {
  if (node.type === 'Identifier' && node.name === 'globalThis') out.push(node.start)
  if (isTypeofGlobalThis(node)) return out
  const guards = (key) => [...nodes(node[key])].some(isTypeofGlobalThis)
  const skip =
    /^(If|Conditional)/.test(node.type) && guards('test')
      ? 'consequent'
      : node.type === 'LogicalExpression' && node.operator === '&&' && guards('left')
        ? 'right'
        : null
  for (const key of Object.keys(node)) {
    // A property name (`a.globalThis`, `{ globalThis: 1 }`) is no read of the global.
    if (key === skip || key === 'regex' || (key === 'property' && !node.computed)) continue
    if (key === 'key' && !node.computed) continue
    for (const child of [node[key]].flat()) {
      if (child && typeof child.type === 'string') unguardedGlobalThis(child, out)
    }
  }
  return out
}

/**
 * Findings for one file's source: a syntax error ES2019 does not allow (at most one: the parser
 * stops there), each regex lookbehind, as a literal or as a constant string given to RegExp, and
 * each unguarded read of `globalThis`.
 */
function checkSource(code, file = '<source>') {
  let ast
  try {
    ast = acorn.parse(code, {
      ecmaVersion: ECMA_VERSION,
      sourceType: 'script',
      allowHashBang: false,
      locations: false,
    })
  } catch (error) {
    if (!(error instanceof SyntaxError) || typeof error.pos !== 'number') throw error
    // acorn appends "(line:column)" with a 0-based column; the finding carries its own position.
    const message = error.message.replace(/\s*\(\d+:\d+\)$/, '')
    // acorn stops on the character after `?` in `?.` and `??`: point at the operator itself.
    let at = error.pos
    if (code[at - 1] === '?' && (code[at] === '.' || code[at] === '?')) at--
    return [finding(file, code, at, `not ES${ECMA_VERSION}: ${message}`)]
  }
  const out = unguardedGlobalThis(ast).map((at) =>
    finding(file, code, at, 'bare globalThis (none on iOS 12.0/12.1; see ProvidePlugin in config)'),
  )
  for (const node of nodes(ast)) {
    if (node.type === 'Literal' && node.regex) {
      // The pattern starts one character after the opening slash.
      const at = lookbehindIndex(node.regex.pattern)
      if (at >= 0) {
        out.push(finding(file, code, node.start + 1 + at, 'regex lookbehind (iOS 16.4+)'))
      }
      continue
    }
    const arg = constantRegExpPattern(node)
    if (arg) {
      const pattern = arg.type === 'Literal' ? arg.value : arg.quasis[0].value.cooked
      if (typeof pattern === 'string' && lookbehindIndex(pattern) >= 0) {
        out.push(finding(file, code, arg.start, 'regex lookbehind in RegExp() (iOS 16.4+)'))
      }
    }
  }
  return out
}

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? walk(full) : [full]
    })
    .sort()
}

/** WXS runs in its own engine: a .wxs file, and each inline <wxs> module of a .wxml file. */
function checkWxs(code, file) {
  const modules = file.endsWith('.wxml') ? inlineModules(code) : [{ code, start: 0 }]
  return modules.flatMap((mod) =>
    wxsProblems(mod.code).map((p) => finding(file, code, mod.start + p.offset, p.message)),
  )
}

/**
 * Checks every script below `dir` by the rules of the engine that runs it: .js as ES2019 without
 * lookbehind, WXS (.wxs files, inline <wxs> in .wxml) as WXS. Returns the files that hold script
 * and the findings.
 */
function checkDir(dir) {
  const all = walk(dir)
  const js = all.filter((full) => full.endsWith('.js'))
  const wxs = all.filter(
    (full) =>
      full.endsWith('.wxs') ||
      (full.endsWith('.wxml') && inlineModules(fs.readFileSync(full, 'utf8')).length > 0),
  )
  const rel = (full) => path.relative(dir, full)
  const findings = [
    ...js.map((full) => checkSource(fs.readFileSync(full, 'utf8'), rel(full))),
    ...wxs.map((full) => checkWxs(fs.readFileSync(full, 'utf8'), rel(full))),
  ].flat()
  return { files: [...js, ...wxs].map(rel), findings }
}

function format(f) {
  return `${f.file}:${f.line}:${f.column} ${f.message}\n    ${f.excerpt}`
}

module.exports = { ECMA_VERSION, checkSource, checkWxs, checkDir, format, lookbehindIndex }

if (require.main === module) {
  const root = path.resolve(__dirname, '..')
  const dir = path.resolve(root, process.argv[2] || process.env.MP_DIST || 'dist')
  if (!fs.existsSync(path.join(dir, 'app.js'))) {
    console.error(`${path.relative(root, dir) || '.'}/ has no app.js: run \`npm run build:weapp\``)
    process.exit(2)
  }
  const { files, findings } = checkDir(dir)
  for (const f of findings) console.error(format(f))
  if (findings.length) {
    console.error(`es2019: ${findings.length} problem(s) in ${files.length} script files`)
    process.exit(1)
  }
  const wxs = files.filter((f) => !f.endsWith('.js')).length
  console.log(
    `es2019: all ${files.length - wxs} JS files parse as ES${ECMA_VERSION}, no lookbehind, no bare globalThis; ` +
      `${wxs} WXS file(s) follow WXS's rules`,
  )
}
