// The layer rules of .eslintrc.js, checked with ESLint's own API on planted imports: each
// wrong-direction import fails with a message naming the layer rule, and the right direction passes.
const path = require('path')
const { ESLint } = require('eslint')

const root = path.resolve(__dirname, '../..')
const eslint = new ESLint({ cwd: root, useEslintrc: true })

/**
 * Lints `code` as if it were the file at `filePath`, in an existing folder (nothing is written to
 * disk), and returns every error.
 */
async function lintErrors(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) })
  return result.messages.filter((m) => m.severity === 2).map((m) => m.message)
}

const planted = [
  [
    'src/domain/planted.ts',
    "import { readCases } from '../storage'\n\nexport const x = readCases\n",
  ],
  ['src/domain/planted.ts', "import Taro from '@tarojs/taro'\n\nexport const x = Taro\n"],
  ['src/domain/planted.ts', "import { useState } from 'react'\n\nexport const x = useState\n"],
  [
    'src/domain/planted.ts',
    "import { callNumber } from '../platform/phone'\n\nexport const x = callNumber\n",
  ],
  [
    'src/components/call-bar/planted.tsx',
    "import { useNow } from '../../hooks/use-now'\n\nexport const x = useNow\n",
  ],
  [
    'src/components/call-bar/planted.tsx',
    "import { createStore } from '../../storage'\n\nexport const x = createStore\n",
  ],
  [
    'src/components/call-bar/planted.tsx',
    "import { callNumber } from '../../platform/phone'\n\nexport const x = callNumber\n",
  ],
  [
    'src/components/call-bar/planted.tsx',
    "import Taro from '@tarojs/taro'\n\nexport const x = Taro\n",
  ],
  [
    'src/hooks/use-planted.ts',
    "import Taro from '@tarojs/taro'\n\nexport const x = Taro.pageScrollTo\n",
  ],
  [
    'src/hooks/use-planted.ts',
    "import { pageScrollTo } from '@tarojs/taro'\n\nexport const x = pageScrollTo\n",
  ],
  [
    'src/pages/home/planted.tsx',
    "import { showToast } from '@tarojs/taro'\n\nexport const x = showToast\n",
  ],
  [
    'src/content/planted.ts',
    "import { assessTransfer } from '../domain'\n\nexport const x = assessTransfer\n",
  ],
  [
    'src/content/planted.ts',
    "import { isHedged } from '../domain/sources'\n\nexport const x = isHedged\n",
  ],
  [
    'src/storage/planted.ts',
    "import { useNow } from '../hooks/use-now'\n\nexport const x = useNow\n",
  ],
]

describe('lint enforces the layers', () => {
  jest.setTimeout(60000)

  it.each(planted)('%s: %s', async (file, code) => {
    const errors = await lintErrors(file, code)
    expect(errors.filter((m) => m.includes('layer rule:')).length).toBeGreaterThan(0)
  })

  it.each([
    [
      'src/hooks/use-planted.ts',
      "import { useDidShow } from '@tarojs/taro'\n\nexport const x = useDidShow\n",
    ],
    [
      'src/platform/planted.ts',
      "import Taro from '@tarojs/taro'\n\nexport const x = Taro.showToast\n",
    ],
    [
      'src/pages/home/planted.tsx',
      "import { useNow } from '../../hooks/use-now'\n\nexport const x = useNow\n",
    ],
    [
      'src/components/call-bar/planted.tsx',
      "import { formatYuan } from '../../domain'\n\nexport const x = formatYuan\n",
    ],
    [
      'src/content/planted.ts',
      "import type { SourceId } from './sources'\n\nexport type X = SourceId\n",
    ],
  ])('allows %s: %s', async (file, code) => {
    expect(await lintErrors(file, code)).toEqual([])
  })
})
