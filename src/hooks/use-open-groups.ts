import { useCallback, useState } from 'react'

/**
 * Which group of a long list is unfolded: one at a time, starting with `first` (the first one
 * with something left to do). Starts over when the list is about something else (`scope`).
 */
export function useOpenGroups(scope: string, first: string | undefined) {
  const [state, setState] = useState({ scope, open: first })
  const open = state.scope === scope ? state.open : first
  const toggle = useCallback(
    (id: string) => setState({ scope, open: open === id ? undefined : id }),
    [scope, open],
  )
  return { open, toggle }
}
