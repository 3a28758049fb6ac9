// Every label, tap path, route and sentence has one home. This scans the shipped source (src/,
// without tests) as text and fails on:
// - Chinese text (a string literal or JSX text) anywhere outside src/content, where every word the
//   app shows lives: advice, labels, captions, messages and the source catalogue;
// - a string literal with Chinese in it (4+ characters) written more than once, anywhere;
// - a WeChat tap path ('我 → …' or a step list starting with '我') outside src/content/tap-paths.ts;
// - a page route ('pages/x/index') outside src/content/routes.ts.
// The source catalogue (src/content/sources.ts) quotes what each source says, tap paths included,
// so it is exempt from the path rule only.
const fs = require('fs')
const path = require('path')

const root = path.resolve(__dirname, '../..')
const src = path.join(root, 'src')

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : walk(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** Source text without comments (line comments only where they cannot be inside a string). */
function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1')
}

const CJK = /[\u4e00-\u9fff]/
const LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g

/** Every string literal with Chinese in it, with the file it is in. */
function chineseLiterals(files) {
  const out = []
  for (const file of files) {
    const text = stripComments(fs.readFileSync(file, 'utf8'))
    for (const m of text.matchAll(LITERAL)) {
      const value = m[1] ?? m[2] ?? m[3]
      if (CJK.test(value)) out.push({ value, file: path.relative(root, file) })
    }
  }
  return out
}

/** JSX text between tags (>…<) with Chinese in it. */
function jsxTexts(files) {
  const out = []
  for (const file of files.filter((f) => f.endsWith('.tsx'))) {
    const text = stripComments(fs.readFileSync(file, 'utf8'))
    for (const m of text.matchAll(/>([^<>{}]*[\u4e00-\u9fff][^<>{}]*)</g)) {
      out.push({ value: m[1].trim(), file: path.relative(root, file) })
    }
  }
  return out
}

/** An arrow between Chinese words: a tap path written out ('账单 → 这笔转账'). */
const PATH = /[\u4e00-\u9fff”·]\s*→\s*[“\u4e00-\u9fff·]/

const files = walk(src)
const literals = chineseLiterals(files)

describe('one home for every label, tap path, route and sentence', () => {
  it('finds the strings it scans (the scan itself works)', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(literals.length).toBeGreaterThan(500)
    expect(literals.some((l) => l.value === '等待对方收款')).toBe(true)
    expect(PATH.test('打开 账单 → 这笔转账')).toBe(true)
    expect(PATH.test('现在 →')).toBe(false)
  })

  it('keeps every Chinese word of the shipped app in src/content', () => {
    const content = path.join('src', 'content') + path.sep
    const outside = [...literals, ...jsxTexts(files)]
      .filter((l) => !l.file.startsWith(content))
      .map((l) => `${l.file}: ${l.value}`)
    expect(outside).toEqual([])
  })

  it('would catch a Chinese word outside src/content (the scan reads literals and JSX text)', () => {
    const planted = path.join(require('os').tmpdir(), `planted-${process.pid}.tsx`)
    fs.writeFileSync(planted, "export const x = <View title='提示'>现在就投诉</View>\n")
    try {
      const found = [...chineseLiterals([planted]), ...jsxTexts([planted])].map((l) => l.value)
      expect(found.sort()).toEqual(['提示', '现在就投诉'])
    } finally {
      fs.unlinkSync(planted)
    }
  })

  it('writes no Chinese string of 4+ characters twice', () => {
    const seen = new Map()
    for (const l of [...literals, ...jsxTexts(files)]) {
      if ([...l.value].filter((ch) => CJK.test(ch)).length < 4) continue
      seen.set(l.value, [...(seen.get(l.value) || []), l.file])
    }
    const twice = [...seen].filter(([, where]) => where.length > 1)
    expect(twice).toEqual([])
  })

  it('spells WeChat tap paths only in src/content/tap-paths.ts', () => {
    const home = path.join('src', 'content', 'tap-paths.ts')
    const catalogue = path.join('src', 'content', 'sources.ts')
    const offenders = literals.filter(
      (l) => l.file !== home && l.file !== catalogue && PATH.test(l.value),
    )
    expect(offenders).toEqual([])
    const stepLists = files
      .filter((f) => path.relative(root, f) !== home)
      .filter((f) => /\[\s*'我',\s*'/.test(stripComments(fs.readFileSync(f, 'utf8'))))
      .map((f) => path.relative(root, f))
    expect(stepLists).toEqual([])
  })

  it('spells page routes only in src/content/routes.ts', () => {
    const home = path.join('src', 'content', 'routes.ts')
    const offenders = files
      .filter((f) => path.relative(root, f) !== home)
      .filter((f) => /pages\/[a-z-]+\/index/.test(stripComments(fs.readFileSync(f, 'utf8'))))
      .map((f) => path.relative(root, f))
    expect(offenders).toEqual([])
  })
})
