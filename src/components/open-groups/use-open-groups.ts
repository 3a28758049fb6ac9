import { useCallback, useState } from 'react'

/**
 * Which groups of a long list are unfolded: at first only `first` (the first one with something
 * left to do); each head then opens or closes its own group. Starts over when the list is about
 * something else (`scope`).
 */
export function useOpenGroups(scope: string, first: string | undefined) {
  const initial = first ? [first] : []
  const [state, setState] = useState({ scope, open: initial })
  const open = state.scope === scope ? state.open : initial
  const toggle = useCallback(
    (id: string) =>
      setState({
        scope,
        open: open.includes(id) ? open.filter((x) => x !== id) : [...open, id],
      }),
    [scope, open],
  )
  const isOpen = useCallback((id: string) => open.includes(id), [open])
  return { isOpen, toggle }
}
