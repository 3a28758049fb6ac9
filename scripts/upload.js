// Uploads the built dist/ to WeChat as a new development version, with miniprogram-ci and the
// upload settings of scripts/wechat-ci.js (no upload-time ES5 / 增强编译: the tested code ships).
// Needs network and the mini-program's upload key (小程序后台 → 开发管理 → 小程序代码上传密钥):
//
//   WEAPP_APPID=wx… WEAPP_PRIVATE_KEY_PATH=/path/private.wx….key npm run upload -- --desc "说明"
//   npm run upload -- --dry-run     (checks and prints the settings, uploads nothing)
//
// The version is package.json's. It refuses to upload a dist/ that fails the ES2019 check.
const fs = require('fs')
const path = require('path')
const { checkDir, format } = require('./check-es2019')
const {
  root,
  dist,
  UPLOAD_SETTING,
  createProject,
  effectiveUploadSetting,
  readProjectConfig,
  transpileProblems,
} = require('./wechat-ci')

function parseArgs(argv) {
  const args = { dryRun: false, desc: '' }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dry-run') args.dryRun = true
    else if (argv[i] === '--desc') args.desc = argv[++i] || ''
    else throw new Error(`unknown argument ${argv[i]} (use --desc "…" and/or --dry-run)`)
  }
  return args
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  const appid = process.env.WEAPP_APPID
  const privateKeyPath = process.env.WEAPP_PRIVATE_KEY_PATH
  if (!args.dryRun && (!appid || !privateKeyPath)) {
    throw new Error('set WEAPP_APPID and WEAPP_PRIVATE_KEY_PATH (or use --dry-run)')
  }
  if (!fs.existsSync(path.join(dist, 'app.json'))) {
    throw new Error('dist/ is missing: run `npm run build:weapp` first')
  }
  const { files, findings } = checkDir(dist)
  if (findings.length) {
    throw new Error(
      `dist/ does not parse as ES2019, not uploading:\n${findings.map(format).join('\n')}`,
    )
  }
  console.log(`upload: all ${files.length} JS files parse as ES2019`)

  const ci = require('miniprogram-ci')
  const project = createProject(ci, { appid, privateKeyPath })
  const effective = effectiveUploadSetting(project)
  const problems = [
    ...transpileProblems(readProjectConfig().setting, 'project.config.json'),
    ...(effective ? transpileProblems(effective, 'miniprogram-ci upload setting') : []),
  ]
  if (problems.length) throw new Error(problems.join('\n'))
  console.log('upload: compile settings', JSON.stringify(effective || UPLOAD_SETTING))

  if (args.dryRun) {
    console.log(`upload: dry run, version ${version} not uploaded`)
    return
  }
  const result = await ci.upload({
    project,
    version,
    desc: args.desc || `transfer-rescue ${version}`,
    setting: UPLOAD_SETTING,
    onProgressUpdate: () => {},
  })
  console.log('upload: done', JSON.stringify(result.subPackageInfo || result))
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(`upload: ${e.message || e}`)
    process.exit(1)
  })
