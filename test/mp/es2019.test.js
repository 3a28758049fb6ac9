// The weapp build must start on iOS 12's JavaScriptCore: every JS file in dist/ parses as ES2019
// and uses no regex lookbehind (see .browserslistrc and scripts/check-es2019.js). WeChat's
// upload-time ES5 pass is off, so what is checked here is exactly what the phone gets.
const fs = require('fs')
const os = require('os')
const path = require('path')
const {
  checkDir,
  checkSource,
  checkWxs,
  format,
  lookbehindIndex,
} = require('../../scripts/check-es2019')
const { UPLOAD_SETTING, transpileProblems } = require('../../scripts/wechat-ci')
const { spawnSync } = require('child_process')
const { dist } = require('./harness')

const CHECK = path.join(__dirname, '../../scripts/check-es2019.js')

describe('the built dist/', () => {
  test('every JS file parses as ES2019 and uses no regex lookbehind', () => {
    if (!fs.existsSync(path.join(dist, 'app.js'))) {
      throw new Error(
        'dist/ is missing: run `npm run build:weapp` first (npm test does it for you)',
      )
    }
    const { files, findings } = checkDir(dist)
    // The app's chunks, Taro's runtime and the dependency bundle are all among them.
    expect(files).toEqual(
      expect.arrayContaining(['app.js', 'runtime.js', 'taro.js', 'vendors.js', 'common.js']),
    )
    expect(files.filter((f) => f.startsWith('pages/')).length).toBeGreaterThanOrEqual(6)
    expect(findings.map(format)).toEqual([])
  })

  test('nothing transpiles it again at upload: DevTools and miniprogram-ci settings', () => {
    const config = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../..', 'project.config.json'), 'utf8'),
    )
    expect(config.setting).toMatchObject({ es6: false, enhance: false, minified: true })
    expect(transpileProblems(config.setting, 'project.config.json')).toEqual([])
    // scripts/upload.js hands these to miniprogram-ci, which derives `enhance` from es6/es7.
    expect(UPLOAD_SETTING).toMatchObject({
      useProjectConfig: false,
      es6: false,
      es7: false,
      minify: true,
    })
    expect(transpileProblems({ es6: true, enhance: false }, 'x')).toHaveLength(1)
    expect(transpileProblems({ es6: false, enhance: true }, 'x')).toHaveLength(1)
    expect(transpileProblems({}, 'x')).toHaveLength(2)
  })
})

describe('the ES2019 checker', () => {
  const one = (code) => checkSource(code, 'chunk.js')

  test('passes clean ES2019 code, including what iOS 12 does support', () => {
    const clean = [
      'var a = b && b.c;',
      'const { x, ...rest } = obj; const o = { ...rest, y: 1 };', // ES2018 object rest/spread
      'async function f() { for await (const x of xs) {} try { g() } catch { } }', // ES2018/2019
      'const re = /(?<year>\\d{4})-(?<m>\\d\\d)/u; const s = /a.b/s; const p = /\\p{L}/u;',
      'const esc = /\\(?<=x\\)/; const cls = /[(?<=]/; const name = new RegExp("(?<n>a)");',
      'class A { constructor() { this.x = 1 } static m() { return `t${1}` } }',
      'const s = "a?.b ?? c (?<=x)"; // a?.b in a string or comment is not syntax',
    ]
    for (const code of clean) expect(one(code)).toEqual([])
  })

  test.each([
    ['optional chaining', 'var n = 1;\nvar v = a?.b;', 2, 10],
    ['optional call', 'f?.()', 1, 2],
    ['nullish coalescing', 'var v = a ?? b', 1, 11],
    ['logical assignment', 'a ||= b', 1, 5],
    ['class field', 'class A { x = 1 }', 1, 13],
    ['numeric separator', 'var n = 1_000', 1, 10],
    ['bigint', 'var n = 10n', 1, 11],
  ])('rejects %s and names file, line and column', (_, code, line, column) => {
    const findings = one(code)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ file: 'chunk.js', line, column })
    expect(findings[0].message).toMatch(/^not ES2019/)
    expect(format(findings[0])).toMatch(new RegExp(`^chunk\\.js:${line}:${column} not ES2019`))
  })

  test('finds `??` in a long minified line and shows the code around it', () => {
    const code = `${'var a=1;'.repeat(500)}x=y??z;${'var b=2;'.repeat(500)}`
    const [f] = one(code)
    // 4000 characters, then `x=y`: the `??` starts at column 4004.
    expect(f).toMatchObject({ line: 1, column: 4004 })
    expect(f.excerpt).toContain('x=y??z')
    expect(f.excerpt.length).toBeLessThan(100)
  })

  test.each([
    ['positive lookbehind literal', 'var r = /(?<=¥)\\d+/;', 10],
    ['negative lookbehind literal', 'var r = /a(?<!b)c/g;', 11],
    ['lookbehind after an escape and a class', 'var r = /\\([)](?<=x)/;', 15],
  ])('rejects regex %s with its position', (_, code, column) => {
    const findings = one(code)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      line: 1,
      column,
      message: expect.stringMatching(/lookbehind/),
    })
  })

  test('rejects lookbehind built from a constant string', () => {
    expect(one('var r = new RegExp("(?<=a)b", "g")')).toHaveLength(1)
    expect(one('var r = RegExp(`(?<!a)b`)')).toHaveLength(1)
    expect(one('var r = new RegExp(p + "(?<=a)")')).toEqual([])
  })

  test('lookbehindIndex skips escapes, classes and named groups', () => {
    expect(lookbehindIndex('a(?<=b)')).toBe(1)
    expect(lookbehindIndex('(?<!b)')).toBe(0)
    expect(lookbehindIndex('\\(?<=b')).toBe(-1)
    expect(lookbehindIndex('[\\](?<=]')).toBe(-1)
    expect(lookbehindIndex('(?<name>x)')).toBe(-1)
    expect(lookbehindIndex('(?:x)(?=y)(?!z)')).toBe(-1)
  })

  test('rejects a bare globalThis, which iOS 12.0/12.1 lack, unless a typeof test guards it', () => {
    const bare = [
      'var c = globalThis.__zod_globalConfig',
      '(_a = globalThis).x = 1',
      'f(globalThis)',
    ]
    for (const code of bare) {
      expect(one(code).map((f) => f.message)).toEqual([expect.stringMatching(/bare globalThis/)])
    }
    const guarded = [
      'if ("object" === typeof globalThis) return globalThis', // webpack's own runtime
      'var g = "undefined" != typeof globalThis ? globalThis : {}',
      'var g = typeof globalThis === "object" && globalThis',
      'a.globalThis = 1; var o = { globalThis: 2 }', // property names, not the global
    ]
    for (const code of guarded) expect(one(`(function () { ${code} })`)).toEqual([])
    // The guard covers only the branch it tests for.
    expect(one('if (typeof globalThis) {} else { globalThis.x }')).toHaveLength(1)
  })

  test('the build has no bare globalThis left: zod reads its shim instead', () => {
    const vendors = fs.readFileSync(path.join(dist, 'vendors.js'), 'utf8')
    // zod keeps its settings on the global object; the reads are there, routed to the shim.
    expect(vendors).toContain('__zod_globalConfig')
    expect(checkSource(vendors, 'vendors.js')).toEqual([])
    const planted = checkSource(`${vendors}\n;var planted=globalThis.x;`, 'vendors.js')
    expect(planted.map((f) => f.excerpt)).toEqual([expect.stringContaining('planted=globalThis')])
  })

  test('fails a copy of the real build with `a?.b` planted in each shipped file', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'es2019-'))
    try {
      fs.cpSync(dist, tmp, { recursive: true })
      const { files } = checkDir(tmp)
      for (const file of files) fs.appendFileSync(path.join(tmp, file), '\n;var planted=a?.b;')
      // The parser stops at the first error in a file, and the rest of each file is clean: one
      // finding per file, on the planted line, pointing at the `?.`.
      const { findings } = checkDir(tmp)
      expect(findings.map((f) => f.file)).toEqual(files)
      for (const f of findings) {
        expect(f.excerpt).toContain('planted=a?.b')
        expect(fs.readFileSync(path.join(tmp, f.file), 'utf8').slice(f.offset, f.offset + 2)).toBe(
          '?.',
        )
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})

describe("the WXS checker (the templates' script engine)", () => {
  const one = (code, file = 'utils.wxs') => checkWxs(code, file)

  test("passes the build's own utils.wxs and plain ES5 with getRegExp / getDate", () => {
    expect(one(fs.readFileSync(path.join(dist, 'utils.wxs'), 'utf8'))).toEqual([])
    const clean =
      'var re = getRegExp("a+", "g"); var d = getDate(0);\n' +
      'module.exports = { f: function (s) { return s.replace(re, "") + d.getTime() } }'
    expect(one(clean)).toEqual([])
  })

  test.each([
    ['const', 'var a = 1;\nconst b = 2', 2, 1],
    ['let', 'let a = 1', 1, 5],
    ['an arrow function', 'var f = (a) => a', 1, 14],
    ['a template literal', 'var s = `x`', 1, 9],
    ['shorthand properties', 'var a = 1; module.exports = { a }', 1, 33],
    ['optional chaining', 'var v = a?.b', 1, 10],
  ])('rejects %s and names file, line and column', (_, code, line, column) => {
    const [f, ...rest] = one(code)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ file: 'utils.wxs', line, column })
    expect(f.message).toMatch(/^not WXS \(ES5\)/)
  })

  test('rejects what WXS has no object for, and names outside its alphabet', () => {
    expect(one('var r = /a/g').map((f) => f.message)).toEqual([
      'WXS has no regex literal: use getRegExp()',
    ])
    expect(one('var r = new RegExp("a"); var d = new Date()').map((f) => f.message)).toEqual([
      'WXS has no RegExp: use getRegExp()',
      'WXS has no Date: use getDate()',
    ])
    expect(one('var $a = 1')[0].message).toMatch(/names are/)
  })

  test('checks inline <wxs> modules of a WXML file where they are', () => {
    const wxml =
      '<view/>\n<wxs module="m">\nvar a = () => 1\n</wxs><wxs module="x" src="./u.wxs" />'
    const [f, ...rest] = one(wxml, 'page.wxml')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ file: 'page.wxml', line: 3 })
  })

  test('fails a copy of the real build with a WXS syntax error planted in its utils.wxs', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wxs-'))
    try {
      fs.cpSync(dist, tmp, { recursive: true })
      expect(checkDir(tmp).files).toContain('utils.wxs')
      expect(checkDir(tmp).findings).toEqual([])
      fs.appendFileSync(path.join(tmp, 'utils.wxs'), '\nconst planted = 1\n')
      const { findings } = checkDir(tmp)
      expect(findings.map((f) => f.file)).toEqual(['utils.wxs'])
      expect(format(findings[0])).toMatch(/^utils\.wxs:\d+:\d+ not WXS \(ES5\)/)
      expect(findings[0].excerpt).toContain('const planted')
      // The command npm test and the release scripts run exits non-zero on it.
      const run = spawnSync(process.execPath, [CHECK, tmp], { encoding: 'utf8' })
      expect(run.status).toBe(1)
      expect(run.stderr).toContain('utils.wxs')
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  })
})
