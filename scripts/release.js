// `npm run upload` and `npm run preview`: send the built dist/ to WeChat through miniprogram-ci.
// Everything they need comes from outside the repository, so a checkout can never upload by
// accident:
//
//   WEAPP_APPID              the mini-program's AppID (wx…)
//   WEAPP_PRIVATE_KEY_PATH   the upload key file (小程序后台 → 开发管理 → 小程序代码上传密钥)
//
// The version is package.json's; the description names that version and the latest commit (hash
// and subject), or `--desc "…"`. Without the variables (or with a key file that does not exist)
// they stop with a message saying what is missing, before touching anything. `--dry-run` runs
// every local check and prints what would be sent, without the network.
const childProcess = require('child_process')
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

const MODES = ['upload', 'preview']
/** WeChat shows at most this many characters of a version description. */
const MAX_DESC = 100
/** Where `npm run preview` writes the QR code to scan with WeChat. */
const PREVIEW_QRCODE = path.join(root, '.out', 'preview-qrcode.jpg')

class Refusal extends Error {}

function parseArgs(argv) {
  const args = { dryRun: false, desc: '' }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dry-run') args.dryRun = true
    else if (argv[i] === '--desc') args.desc = argv[++i] || ''
    else throw new Refusal(`unknown argument ${argv[i]} (use --desc "…" and/or --dry-run)`)
  }
  return args
}

/** The latest commit as "abc1234 Subject", or '' outside a git checkout. */
function latestCommit(cwd = root) {
  try {
    return childProcess
      .execFileSync('git', ['log', '-1', '--format=%h %s'], { cwd, encoding: 'utf8' })
      .trim()
  } catch {
    return ''
  }
}

/**
 * What miniprogram-ci will be called with, or a Refusal naming what is missing. Pure: reads only
 * its arguments and whether the key file exists.
 */
function releaseArgs({ mode, env, pkg, commit, argv = [], exists = fs.existsSync }) {
  if (!MODES.includes(mode)) throw new Refusal(`unknown mode ${mode}`)
  const args = parseArgs(argv)
  const appid = (env.WEAPP_APPID || '').trim()
  const privateKeyPath = (env.WEAPP_PRIVATE_KEY_PATH || '').trim()
  if (!args.dryRun) {
    const missing = [
      !appid && 'WEAPP_APPID (the AppID, wx…)',
      !privateKeyPath && 'WEAPP_PRIVATE_KEY_PATH (path of the upload key file)',
    ].filter(Boolean)
    if (missing.length) {
      throw new Refusal(
        `${mode} needs ${missing.join(' and ')}; nothing was sent or changed. ` +
          `Example: WEAPP_APPID=wx… WEAPP_PRIVATE_KEY_PATH=/path/private.wx….key npm run ${mode}`,
      )
    }
    if (!exists(privateKeyPath)) {
      throw new Refusal(
        `${mode}: the key file ${privateKeyPath} (WEAPP_PRIVATE_KEY_PATH) does not exist; nothing was sent or changed`,
      )
    }
  }
  if (!pkg || !pkg.version) throw new Refusal('package.json has no version')
  const version = pkg.version
  const desc = (args.desc || `${version}${commit ? ` · ${commit}` : ''}`).slice(0, MAX_DESC)
  const call = { version, desc, setting: { ...UPLOAD_SETTING } }
  if (mode === 'preview') {
    Object.assign(call, { qrcodeFormat: 'image', qrcodeOutputDest: PREVIEW_QRCODE })
  }
  return { mode, dryRun: args.dryRun, appid: appid || undefined, privateKeyPath, call }
}

/** The local checks every release runs first: a built dist/ that parses as ES2019. */
function checkDist() {
  if (!fs.existsSync(path.join(dist, 'app.json'))) {
    throw new Refusal('dist/ is missing: run `npm run build:weapp` first')
  }
  const { files, findings } = checkDir(dist)
  if (findings.length) {
    throw new Refusal(
      `dist/ does not parse as ES2019, not sending it:\n${findings.map(format).join('\n')}`,
    )
  }
  return files.length
}

async function run(mode, argv = process.argv.slice(2), env = process.env) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  const plan = releaseArgs({ mode, env, pkg, commit: latestCommit(), argv })
  console.log(`${mode}: all ${checkDist()} JS files parse as ES2019`)

  const ci = require('miniprogram-ci')
  const project = createProject(ci, plan.dryRun ? {} : plan)
  const effective = effectiveUploadSetting(project)
  const problems = [
    ...transpileProblems(readProjectConfig().setting, 'project.config.json'),
    ...(effective ? transpileProblems(effective, 'miniprogram-ci upload setting') : []),
  ]
  if (problems.length) throw new Refusal(problems.join('\n'))
  console.log(`${mode}: compile settings`, JSON.stringify(effective || UPLOAD_SETTING))
  console.log(`${mode}: version ${plan.call.version}, description "${plan.call.desc}"`)

  if (plan.dryRun) {
    console.log(`${mode}: dry run, nothing sent`)
    return
  }
  const call = { project, ...plan.call, onProgressUpdate: () => {} }
  if (mode === 'preview') {
    fs.mkdirSync(path.dirname(PREVIEW_QRCODE), { recursive: true })
    await ci.preview(call)
    console.log(`${mode}: done, scan ${path.relative(root, PREVIEW_QRCODE)} with WeChat`)
  } else {
    const result = await ci.upload(call)
    console.log(`${mode}: done`, JSON.stringify(result.subPackageInfo || result))
  }
}

/** Entry point of scripts/upload.js and scripts/preview.js. */
function main(mode) {
  run(mode)
    .then(() => process.exit(0))
    .catch((e) => {
      console.error(`${mode}: ${e.message || e}`)
      process.exit(1)
    })
}

module.exports = { MAX_DESC, PREVIEW_QRCODE, Refusal, latestCommit, main, releaseArgs }
