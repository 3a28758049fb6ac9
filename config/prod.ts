import type { UserConfigExport } from '@tarojs/cli'

export default {
  // Taro minifies with ascii_only, which writes each Chinese character as a 6-byte \uXXXX escape.
  // Nearly all of this app's text is Chinese, so plain UTF-8 (3 bytes a character) saves ~50 KB
  // of the package; WeChat reads UTF-8 sources, and terser still escapes U+2028/2029.
  terser: {
    enable: true,
    config: { output: { ascii_only: false } },
  },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
