import type { UserConfigExport } from '@tarojs/cli'

export default {
  // Taro minifies with ascii_only, which writes each Chinese character as a 6-byte \uXXXX escape.
  // Nearly all of this app's text is Chinese, so plain UTF-8 (3 bytes a character) saves ~50 KB
  // of the package; WeChat reads UTF-8 sources, and terser still escapes U+2028/2029.
  // Taro's weapp defaults switch off most of terser's compress steps. These four are on in
  // terser's own defaults (`inline: 2` as create-react-app sets it), run twice: values are followed
  // through variables, small functions inlined, and what that leaves unused dropped (3.6 KB).
  // The others, `comparisons` and `typeofs` among them, stay as Taro sets them.
  terser: {
    enable: true,
    config: {
      compress: {
        passes: 2,
        reduce_vars: true,
        reduce_funcs: true,
        collapse_vars: true,
        inline: 2,
      },
      output: { ascii_only: false },
    },
  },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
