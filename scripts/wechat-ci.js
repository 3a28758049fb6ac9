// What scripts/quality.js and scripts/upload.js share about WeChat's miniprogram-ci: the project
// it reads and the compile settings it applies when code is uploaded.
const fs = require('fs')
const path = require('path')

const root = path.resolve(__dirname, '..')
const dist = path.join(root, 'dist')

// Upload-time compile settings. The weapp build already emits ES2019 (.browserslistrc) and that is
// the code the simulate tests and scripts/check-es2019.js ran, so WeChat must not transpile it
// again: `es6`/`es7` false switches off "将 JS 编译成 ES5", and miniprogram-ci ties 增强编译
// (`enhance`) to the same switch. A second transpile would ship code no test has run, and whether
// it happened would depend on whose DevTools settings did the upload. Minification stays on.
const UPLOAD_SETTING = Object.freeze({
  useProjectConfig: false,
  es6: false,
  es7: false,
  minify: true,
  minifyJS: true,
  minifyWXML: true,
  minifyWXSS: true,
  autoPrefixWXSS: false,
  codeProtect: false,
})

// Everything in the repository that is not the mini-program (miniprogramRoot is dist/).
const IGNORES = [
  'node_modules/**/*',
  'dist-h5/**/*',
  '.out/**/*',
  'test-results/**/*',
  'coverage/**/*',
]

/** A miniprogram-ci project for this repository. Offline checks accept any private key. */
function createProject(ci, { appid = 'touristappid', privateKeyPath } = {}) {
  const key = privateKeyPath
    ? { privateKeyPath }
    : { privateKey: 'dummy-key: offline checks never read it' }
  return new ci.Project({ appid, type: 'miniProgram', projectPath: root, ignores: IGNORES, ...key })
}

function readProjectConfig() {
  return JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8'))
}

/**
 * What is wrong with a compile setting (project.config.json's `setting`, or the one miniprogram-ci
 * derives for an upload) for shipping the tested syntax: any upload-time transpiling.
 */
function transpileProblems(setting, where) {
  const problems = []
  if (!setting || setting.es6 !== false) {
    problems.push(`${where}: es6 must be false (WeChat would recompile the tested ES2019 to ES5)`)
  }
  if (!setting || setting.enhance !== false) {
    problems.push(`${where}: enhance must be false (增强编译 would rewrite the tested code)`)
  }
  return problems
}

/**
 * The settings miniprogram-ci will actually compile an upload with, from its own mapping of
 * UPLOAD_SETTING (it derives `enhance` and the minify switches), or null if this version of
 * miniprogram-ci no longer exposes that mapping.
 */
function effectiveUploadSetting(project) {
  let tools
  try {
    tools = require('miniprogram-ci/dist/ci/utils/tools')
  } catch {
    return null
  }
  return typeof tools.formatCISetting === 'function'
    ? tools.formatCISetting(project, UPLOAD_SETTING)
    : null
}

module.exports = {
  root,
  dist,
  UPLOAD_SETTING,
  IGNORES,
  createProject,
  readProjectConfig,
  transpileProblems,
  effectiveUploadSetting,
}
