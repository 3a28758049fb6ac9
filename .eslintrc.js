module.exports = {
  root: true,
  extends: ['taro/react'],
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
  },
  overrides: [
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
  ignorePatterns: ['dist/', 'dist-h5/', '.out/', 'node_modules/', 'test-results/'],
}
