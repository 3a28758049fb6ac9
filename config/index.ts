import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import webpack from 'webpack'
import devConfig from './dev'
import prodConfig from './prod'

// The weapp build goes to dist/ (what WeChat DevTools and the simulate tests load); the H5 build
// gets its own folder so the two never overwrite each other.
const isH5 = process.env.TARO_ENV === 'h5'
// TARO_OUTPUT lets parallel work build into a scratch folder (tests read MP_DIST / H5_DIST).
const outputRoot = process.env.TARO_OUTPUT || (isH5 ? 'dist-h5' : 'dist')

// The mini-program must parse on iOS 12's JavaScriptCore (ES2019): pick the [weapp] section of
// .browserslistrc, so Babel rewrites `?.`, `??` and newer syntax for that build only. The H5 build
// keeps the default section (current browsers). Set here rather than in the npm scripts so every
// way of starting a weapp build (npm start, dev:weapp, taro build) gets it.
// `taro build --type weapp-a11y` (see weapp-a11y/) is the weapp build too.
if (/^weapp(-a11y)?$/.test(process.env.TARO_ENV || '')) process.env.BROWSERSLIST_ENV = 'weapp'

// Dependencies whose published code uses syntax newer than ES2019 (zod ships `??` and `?.`). Taro
// runs Babel only over src/ and @tarojs packages; these folders are added to that rule, so the
// weapp build passes them through the same preset-env targets. scripts/check-es2019.js finds any
// package that needs adding here. (Taro's config check accepts paths here, not RegExps.)
const transpiledDependencies = ['zod'].map((name) =>
  path.dirname(require.resolve(`${name}/package.json`)),
)

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'transfer-rescue',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot,
    // weapp-a11y: the weapp platform plus the aria-* attributes screen readers need (FACTS A3).
    plugins: [path.resolve(__dirname, 'weapp-a11y/index.js')],
    defineConstants: {},
    copy: {
      patterns: [{ from: 'assets/', to: `${outputRoot}/assets/` }],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: {
      enable: false,
    },
    mini: {
      compile: {
        include: transpiledDependencies,
      },
      // Components style only their own BEM classes, so the order in which the shared chunk lists
      // their styles changes nothing on screen; without this every weapp build prints
      // "Error: … Conflicting order" warnings that read as errors (the H5 build sets it too).
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: {
          enable: true,
          config: {},
        },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]',
          },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // iOS 12.0/12.1 have no globalThis, which zod reads as it loads: every bare `globalThis`
        // in the weapp build becomes the global object found by src/platform/global-object.ts.
        chain.plugin('global-this').use(webpack.ProvidePlugin, [
          {
            globalThis: [path.resolve(__dirname, '../src/platform/global-object.ts'), 'default'],
          },
        ])
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash].css',
        chunkFilename: 'css/[name].[contenthash].css',
      },
      postcss: {
        autoprefixer: {
          enable: true,
          config: {},
        },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]',
          },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // webpack's 244 KiB hint is for web sites; the H5 build is a local test and preview target
        // (the mini-program's size is checked by npm run size against size-budget.json).
        chain.performance.hints(false)
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
