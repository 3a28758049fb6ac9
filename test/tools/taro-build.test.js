// The build step fails when Taro reports an error, even where Taro itself exits 0: a config
// error is planted in a temporary copy of the project's config (the real one is never touched),
// and scripts/taro-build.js, which build:weapp and build:h5 run, must exit non-zero.
const fs = require('fs')
const os = require('os')
const path = require('path')
const { spawnSync } = require('child_process')
const { reportsError } = require('../../scripts/taro-build')

const root = path.resolve(__dirname, '../..')
const WRAPPER = path.join(root, 'scripts/taro-build.js')

test('the build scripts go through the wrapper', () => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  expect(scripts['build:weapp']).toBe('node scripts/taro-build.js --type weapp-a11y')
  expect(scripts['build:h5']).toBe('node scripts/taro-build.js --type h5')
})

test("reads Taro's error lines, coloured or not, and nothing else as an error", () => {
  expect(reportsError('  \u001b[31m[✗] \u001b[39mdesignWidth 的值 "wide" 不符合类型要求')).toBe(
    true,
  )
  expect(reportsError('Taro 配置有误，请检查！ (config/index.ts)')).toBe(true)
  expect(reportsError('✖ 编译失败. 2026/12/4 21:00:00')).toBe(true)
  expect(reportsError('  [!] 无法获取远程配置验证文件，将使用本地配置验证文件！')).toBe(false)
  expect(reportsError('✔ 编译成功 2026/12/4 21:00:00')).toBe(false)
})

test('a planted config error fails the build step although Taro exits 0', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'taro-config-'))
  try {
    for (const name of ['config', 'package.json', 'tsconfig.json', 'babel.config.js']) {
      fs.cpSync(path.join(root, name), path.join(tmp, name), { recursive: true })
    }
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'), 'dir')
    const configFile = path.join(tmp, 'config/index.ts')
    const config = fs.readFileSync(configFile, 'utf8')
    expect(config).toContain('designWidth: 750,')
    fs.writeFileSync(configFile, config.replace('designWidth: 750,', "designWidth: 'wide',"))

    const taro = path.join(root, 'node_modules/@tarojs/cli/bin/taro')
    const plain = spawnSync(process.execPath, [taro, 'build', '--type', 'weapp-a11y'], {
      cwd: tmp,
      encoding: 'utf8',
    })
    // What the wrapper is for: Taro reports the error and still says all is well.
    expect(plain.stdout).toContain('[✗]')
    expect(plain.status).toBe(0)

    const wrapped = spawnSync(process.execPath, [WRAPPER, '--type', 'weapp-a11y'], {
      cwd: tmp,
      encoding: 'utf8',
    })
    expect(wrapped.stdout).toContain('designWidth')
    expect(wrapped.stderr).toContain('taro build failed')
    expect(wrapped.status).toBe(1)
    // Nothing was built from the broken config.
    expect(fs.existsSync(path.join(tmp, 'dist'))).toBe(false)
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}, 60000)
