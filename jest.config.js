// Four projects, one per kind of test (see README):
// - domain: pure modules (src/domain, src/storage, src/content) in node, through ts-jest
// - components: React components in jsdom, through babel (Taro's preset)
// - mp: the production weapp build in dist/, inside WeChat's miniprogram-simulate
// - tools: the repository's scripts and lint rules, in node
const path = require('path')

const taroGlobals = {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_MUTATION_OBSERVER: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  DEPRECATED_ADAPTER_COMPONENT: false,
  __TARO_FRAMEWORK__: 'react',
}

const tsJest = [
  'ts-jest',
  { tsconfig: path.join(__dirname, 'tsconfig.test.json'), diagnostics: false },
]

module.exports = {
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/global-setup.js',
  projects: [
    {
      displayName: 'domain',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      testMatch: ['**/src/{domain,storage,content}/**/__tests__/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      moduleNameMapper: {
        '^@/(.*)$': '<rootDir>/src/$1',
        '^@tarojs/taro$': '<rootDir>/test/mocks/taro.ts',
      },
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/test/setup-components.js'],
      roots: ['<rootDir>/src'],
      testMatch: ['**/src/{components,hooks}/**/__tests__/**/*.test.tsx'],
      transform: {
        '^.+\\.(m?js|jsx|tsx?)$': ['babel-jest', { configFile: './test/babel.jest.config.js' }],
      },
      transformIgnorePatterns: [
        '/node_modules/(?!(@tarojs|@stencil|lodash-es|swiper|tslib|\\.pnpm)/)',
      ],
      moduleNameMapper: {
        '^@/(.*)$': '<rootDir>/src/$1',
        '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components/lib/react/index.js',
        '^@tarojs/taro$': '<rootDir>/test/mocks/taro.ts',
        '\\.(css|scss)$': '<rootDir>/test/mocks/style.js',
      },
      globals: taroGlobals,
    },
    {
      displayName: 'tools',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/tools'],
      testMatch: ['**/*.test.js'],
      transform: {},
    },
    {
      displayName: 'mp',
      testEnvironment: 'jsdom',
      // What WeChat has and miniprogram-simulate lacks (App, Page, a real store, recorded wx calls).
      setupFiles: ['<rootDir>/test/mp/setup.js'],
      roots: ['<rootDir>/test/mp'],
      testMatch: ['**/*.test.js'],
      transform: {},
    },
  ],
}
