// Babel for the jsdom component tests: Taro's own preset, as the build uses.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
