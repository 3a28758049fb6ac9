// The release path without the network: what `npm run upload` / `npm run preview` would send, and
// that they refuse, changing nothing, when the AppID or the key is missing.
const childProcess = require('child_process')
const fs = require('fs')
const os = require('os')
const path = require('path')
const {
  MAX_DESC,
  PREVIEW_QRCODE,
  Refusal,
  latestCommit,
  releaseArgs,
} = require('../../scripts/release')

const root = path.resolve(__dirname, '../..')
const pkg = { version: '1.2.3' }
const env = { WEAPP_APPID: 'wx0123456789abcdef', WEAPP_PRIVATE_KEY_PATH: '/keys/private.key' }
const exists = (p) => p === '/keys/private.key'

describe('release arguments', () => {
  it('takes the AppID and key from the environment, version and description from the repo', () => {
    const plan = releaseArgs({ mode: 'upload', env, pkg, commit: 'abc1234 Fix a label', exists })
    expect(plan).toMatchObject({
      mode: 'upload',
      dryRun: false,
      appid: 'wx0123456789abcdef',
      privateKeyPath: '/keys/private.key',
      call: { version: '1.2.3', desc: '1.2.3 · abc1234 Fix a label' },
    })
    expect(plan.call.setting).toMatchObject({ es6: false, es7: false, minify: true })
    expect(plan.call).not.toHaveProperty('qrcodeOutputDest')
  })

  it('adds the QR code output for a preview', () => {
    const plan = releaseArgs({ mode: 'preview', env, pkg, commit: 'abc1234 x', exists })
    expect(plan.call).toMatchObject({ qrcodeFormat: 'image', qrcodeOutputDest: PREVIEW_QRCODE })
  })

  it('uses --desc when given and keeps descriptions within WeChat’s length', () => {
    const argv = ['--desc', '修正文案']
    expect(releaseArgs({ mode: 'upload', env, pkg, commit: 'x', argv, exists }).call.desc).toBe(
      '修正文案',
    )
    const long = releaseArgs({ mode: 'upload', env, pkg, commit: 'a'.repeat(300), exists })
    expect(long.call.desc.length).toBe(MAX_DESC)
  })

  it.each([
    [{}, /WEAPP_APPID .*and WEAPP_PRIVATE_KEY_PATH/],
    [{ WEAPP_APPID: 'wx1' }, /needs WEAPP_PRIVATE_KEY_PATH/],
    [{ WEAPP_PRIVATE_KEY_PATH: '/keys/private.key' }, /needs WEAPP_APPID/],
    [{ WEAPP_APPID: '  ', WEAPP_PRIVATE_KEY_PATH: '/keys/private.key' }, /needs WEAPP_APPID/],
    [{ WEAPP_APPID: 'wx1', WEAPP_PRIVATE_KEY_PATH: '/nope.key' }, /\/nope\.key .*does not exist/],
  ])('refuses with %j', (partial, message) => {
    for (const mode of ['upload', 'preview']) {
      const build = () => releaseArgs({ mode, env: partial, pkg, commit: 'c', exists })
      expect(build).toThrow(Refusal)
      expect(build).toThrow(message)
    }
  })

  it('lets a dry run through without credentials, and rejects unknown arguments', () => {
    const plan = releaseArgs({ mode: 'preview', env: {}, pkg, commit: '', argv: ['--dry-run'] })
    expect(plan).toMatchObject({ dryRun: true, appid: undefined, call: { desc: '1.2.3' } })
    expect(() => releaseArgs({ mode: 'upload', env, pkg, argv: ['--force'], exists })).toThrow(
      /unknown argument --force/,
    )
  })

  it('reads the latest commit of this checkout', () => {
    expect(latestCommit(root)).toMatch(/^[0-9a-f]{7,} \S/)
    expect(latestCommit(os.tmpdir())).toBe('')
  })
})

describe.each(['upload', 'preview'])('npm run %s without credentials', (mode) => {
  it('stops with a clear message, exit code 1, and writes nothing', () => {
    const before = fs.existsSync(PREVIEW_QRCODE) ? fs.statSync(PREVIEW_QRCODE).mtimeMs : null
    const childEnv = { ...process.env }
    delete childEnv.WEAPP_APPID
    delete childEnv.WEAPP_PRIVATE_KEY_PATH
    const res = childProcess.spawnSync('node', [path.join(root, `scripts/${mode}.js`)], {
      cwd: root,
      env: childEnv,
      encoding: 'utf8',
    })
    expect(res.status).toBe(1)
    expect(res.stderr).toContain(`${mode} needs WEAPP_APPID`)
    expect(res.stderr).toContain('nothing was sent or changed')
    expect(res.stdout).toBe('')
    const after = fs.existsSync(PREVIEW_QRCODE) ? fs.statSync(PREVIEW_QRCODE).mtimeMs : null
    expect(after).toBe(before)
  })
})
