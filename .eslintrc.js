// The layers of the app, enforced (see README "代码结构"): dependencies point one way,
// pages → hooks/components → content/domain/storage/platform, and every violation names the rule it
// breaks. Tests may reach across layers; shipped code may not.
const LAYER = 'layer rule:'

const appLayers = [
  'storage',
  'platform',
  'hooks',
  'components',
  'pages',
  'app.tsx',
  'app.config.ts',
]

const zones = [
  {
    target: './src/domain',
    from: appLayers.map((l) => `./src/${l}`),
    message: `${LAYER} src/domain is the pure rules module; it imports nothing from storage, platform, hooks, components or pages.`,
  },
  {
    target: './src/content',
    from: [...appLayers.map((l) => `./src/${l}`), './src/domain'],
    message: `${LAYER} src/content is plain data (the source catalogue included); it imports nothing but other content.`,
  },
  {
    target: './src/components',
    from: ['./src/storage', './src/hooks', './src/platform', './src/pages'],
    // a11y.ts only builds screen-reader props per build target; it calls no API.
    except: ['./a11y.ts'],
    message: `${LAYER} components render props; they do not import storage, hooks, platform or pages (take data and callbacks as props or from the app-services context).`,
  },
  {
    target: './src/hooks',
    from: ['./src/pages'],
    message: `${LAYER} hooks never import a page.`,
  },
  {
    target: './src/storage',
    from: ['./src/platform', './src/hooks', './src/components', './src/pages'],
    message: `${LAYER} storage is below hooks and components; it imports only domain and content.`,
  },
  {
    target: './src/platform',
    from: ['./src/storage', './src/hooks', './src/components', './src/pages'],
    message: `${LAYER} platform wraps Taro APIs; it imports nothing from storage, hooks, components or pages.`,
  },
]

const taroApiSyntax = [
  {
    selector:
      "ImportDeclaration[source.value='@tarojs/taro'] > :matches(ImportDefaultSpecifier, ImportNamespaceSpecifier)",
    message: `${LAYER} only src/platform and src/storage call Taro APIs; hooks and pages may import Taro's lifecycle hooks (useXxx) by name.`,
  },
  {
    selector:
      "ImportDeclaration[source.value='@tarojs/taro'] > ImportSpecifier:not([imported.name=/^use[A-Z]/])",
    message: `${LAYER} only src/platform and src/storage call Taro APIs; hooks and pages may import Taro's lifecycle hooks (useXxx) by name.`,
  },
]

module.exports = {
  root: true,
  extends: ['taro/react'],
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
  },
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
  },
  overrides: [
    {
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      excludedFiles: ['**/__tests__/**'],
      rules: { 'import/no-restricted-paths': ['error', { zones }] },
    },
    {
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      excludedFiles: ['**/__tests__/**', 'src/platform/**', 'src/storage/**'],
      rules: { 'no-restricted-syntax': ['error', ...taroApiSyntax] },
    },
    {
      files: ['src/domain/**/*.ts', 'src/content/**/*.ts'],
      excludedFiles: ['**/__tests__/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['@tarojs/*', 'react', 'react-dom', 'react/*'],
                message: `${LAYER} src/domain and src/content are pure TypeScript: no Taro, no React.`,
              },
            ],
          },
        ],
      },
    },
    {
      files: ['src/components/**/*.ts', 'src/components/**/*.tsx'],
      excludedFiles: ['**/__tests__/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [
              {
                name: '@tarojs/taro',
                message: `${LAYER} components do not call Taro APIs or lifecycle hooks; hooks and pages do.`,
              },
            ],
          },
        ],
      },
    },
    {
      files: [
        'test/**/*.js',
        'config/**/*.js',
        'scripts/**/*.js',
        'jest.config.js',
        '.eslintrc.js',
        'babel.config.js',
      ],
      env: { node: true, jest: true, es2020: true },
      rules: { 'import/no-commonjs': 'off' },
    },
    {
      files: ['**/__tests__/**', 'test/**'],
      env: { jest: true },
    },
  ],
  ignorePatterns: [
    'dist/',
    'dist-h5/',
    '.out/',
    'node_modules/',
    'test-results/',
    'test/fixtures/',
  ],
}
