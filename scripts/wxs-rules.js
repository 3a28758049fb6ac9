// WXS (WeiXin Script: the .wxs files and inline <wxs> modules the templates call) runs in its own
// engine, not in the JavaScriptCore / V8 that runs the .js chunks. Its syntax is ES5 (no let or
// const, arrow functions, template literals, classes, destructuring, spread or shorthand
// properties), a regex comes from getRegExp() and a date from getDate() (no regex literal, no
// RegExp or Date), and names are ASCII letters, digits and `_` only. A syntax error there breaks
// every template that uses the module, so the build's WXS is checked by these rules.
const acorn = require('acorn')

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Every AST node below `node`. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return
  yield node
  for (const [key, value] of Object.entries(node)) {
    if (key === 'regex') continue
    if (Array.isArray(value)) for (const child of value) yield* nodes(child)
    else if (value && typeof value === 'object') yield* nodes(value)
  }
}

/** The problems of one WXS source, each as { offset, message }: at most one syntax error. */
function wxsProblems(code) {
  let ast
  try {
    ast = acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' })
  } catch (error) {
    if (!(error instanceof SyntaxError) || typeof error.pos !== 'number') throw error
    const message = error.message.replace(/\s*\(\d+:\d+\)$/, '')
    // acorn stops on the character after `?` in `?.` and `??`: point at the operator itself.
    let at = error.pos
    if (code[at - 1] === '?' && (code[at] === '.' || code[at] === '?')) at--
    return [{ offset: at, message: `not WXS (ES5): ${message}` }]
  }
  const out = []
  for (const node of nodes(ast)) {
    if (node.type === 'Literal' && node.regex) {
      out.push({ offset: node.start, message: 'WXS has no regex literal: use getRegExp()' })
    } else if (node.type === 'Identifier' && (node.name === 'RegExp' || node.name === 'Date')) {
      const use = node.name === 'Date' ? 'getDate()' : 'getRegExp()'
      out.push({ offset: node.start, message: `WXS has no ${node.name}: use ${use}` })
    } else if (node.type === 'Identifier' && !NAME.test(node.name)) {
      out.push({
        offset: node.start,
        message: `WXS names are [A-Za-z_][A-Za-z0-9_]*: ${node.name}`,
      })
    }
  }
  return out
}

/** The inline modules of a WXML file: `<wxs module="m">code</wxs>`, with where each code starts. */
function inlineModules(wxml) {
  const out = []
  for (const m of wxml.matchAll(/<wxs\b[^>]*[^/]>([\s\S]*?)<\/wxs>/g)) {
    out.push({ code: m[1], start: m.index + m[0].indexOf('>') + 1 })
  }
  return out
}

module.exports = { wxsProblems, inlineModules }
