import { useMemo } from 'react'
import { isSinglePageMode } from '../platform/launch'

/**
 * True when WeChat opened this page in Moments' single-page mode: the page must then render from
 * its query and defaults alone and hide the links that would navigate. Read once per page mount.
 */
export function useSinglePageMode(): boolean {
  return useMemo(isSinglePageMode, [])
}
