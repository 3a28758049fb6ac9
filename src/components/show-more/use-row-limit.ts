import { useState } from 'react'

/**
 * How many rows of a long list are on screen. Lists start at `step` rows and grow by `step` on
 * "查看更早的 N 条": whatever storage holds, the first render (and its setData, which WeChat refuses
 * over 1 MB) stays small.
 */
export function useRowLimit(step: number) {
  const [limit, setLimit] = useState(step)
  return { limit, showMore: () => setLimit((l) => l + step) }
}
