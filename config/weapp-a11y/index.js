// A Taro platform that builds ordinary weapp output whose templates also carry aria-role,
// aria-label and the other aria-* attributes (FACTS A3: WeChat's screen reader reads them; Taro
// 4.2's weapp templates drop them). Build with `taro build --type weapp-a11y`; the code still sees
// process.env.TARO_ENV === 'weapp', because everything else about the platform is WeChat's.
const path = require('path')
const { Weapp } = require('@tarojs/plugin-platform-weapp')
const attributes = require('./attributes')

const NAME = 'weapp-a11y'

class WeappA11y extends Weapp {
  constructor(ctx, config, options) {
    super(ctx, config, options)
    // Keep the parent's runtime (API promisification, its own component list) and add ours.
    this.runtimePath = [this.runtimePath, path.join(__dirname, 'runtime.js')]
  }

  modifyTemplate(options) {
    super.modifyTemplate(options)
    this.template.mergeComponents(this.ctx, attributes)
  }
}

module.exports = (ctx, options) => {
  ctx.registerPlatform({
    name: NAME,
    useConfigName: 'mini',
    async fn({ config }) {
      // Conditional code and styles test for 'weapp': this platform is WeChat's.
      process.env.TARO_ENV = 'weapp'
      const program = new WeappA11y(ctx, { ...config, platform: 'weapp' }, options || {})
      await program.start()
    },
  })
}
