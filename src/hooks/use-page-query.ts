import { useMemo } from 'react'
import { useRouter } from '@tarojs/taro'

/**
 * The page's query as WeChat (or the H5 router) handed it over, read once per mount. Values are
 * untrusted: a share card's query can be edited by anyone, so pages pass them through the
 * validators in src/domain/share.ts before use.
 */
export function usePageQuery(): Record<string, unknown> {
  const router = useRouter()
  const params = router && router.params
  return useMemo(() => ({ ...(params || {}) }), [params])
}
