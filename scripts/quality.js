// WeChat's own code-quality check (miniprogram-ci checkCodeQuality), offline, on the built dist/,
// plus two checks of what an upload would ship: every JS file parses as ES2019 (no `?.`, `??`,
// regex lookbehind: iOS 12), and neither WeChat DevTools (project.config.json) nor miniprogram-ci
// (scripts/wechat-ci.js) would transpile it again at upload. It never uploads, so the private key
// is a dummy. Upload needs a real key and network: see scripts/upload.js and the README.
const fs = require('fs')
const path = require('path')
const ci = require('miniprogram-ci')
const { checkDir, format } = require('./check-es2019')
const {
  dist,
  createProject,
  effectiveUploadSetting,
  readProjectConfig,
  transpileProblems,
} = require('./wechat-ci')

/** The checks of this repository's own, in miniprogram-ci's result shape. */
function ownChecks(project) {
  const { files, findings } = checkDir(dist)
  const syntax = {
    name: 'ES2019 syntax (iOS 12)',
    success: findings.length === 0,
    text: findings.length
      ? `${findings.length} JS file(s) do not parse as ES2019:\n${findings.map(format).join('\n')}`
      : `all ${files.length} JS files parse as ES2019, no regex lookbehind`,
  }
  const effective = effectiveUploadSetting(project)
  const problems = [
    ...transpileProblems(readProjectConfig().setting, 'project.config.json'),
    ...(effective
      ? transpileProblems(effective, 'miniprogram-ci upload setting')
      : ["miniprogram-ci upload setting: cannot read miniprogram-ci's effective settings"]),
  ]
  const upload = {
    name: 'No upload-time transpiling (es6, enhance)',
    success: problems.length === 0,
    text: problems.length
      ? problems.join('\n')
      : 'project.config.json and the upload settings keep es6 and enhance off; minify on',
  }
  return [syntax, upload]
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'app.json'))) {
    console.error('dist/ is missing: run `npm run build:weapp` first')
    process.exit(2)
  }
  const project = createProject(ci)
  const results = [...(await ci.checkCodeQuality(project)), ...ownChecks(project)]
  let failed = 0
  for (const r of results) {
    console.log(`${r.success ? 'ok  ' : 'FAIL'}  ${r.name}: ${r.text}`)
    if (!r.success) failed++
  }
  if (failed) {
    console.error(`quality: ${failed} of ${results.length} checks failed`)
    process.exit(1)
  }
  console.log(`quality: ${results.length} of ${results.length} checks passed`)
  // miniprogram-ci leaves a file watcher running, which would keep node alive after the results.
  process.exit(0)
}

// A check that has not answered in 5 minutes is a failure, not a hung CI run.
setTimeout(
  () => {
    console.error('quality: miniprogram-ci did not answer within 5 minutes')
    process.exit(1)
  },
  5 * 60 * 1000,
).unref()

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
