import { useMemo } from 'react'
import {
  assessTransfer,
  assessmentBoundaries,
  phaseAt,
  type Assessment,
  type TransferCase,
} from '../domain'

/**
 * The assessment of a case at `now`, recomputed only when the case changes or `now` crosses a
 * deadline (a new phase), not on every tick: between boundaries assessTransfer gives the same
 * answer (tested in src/domain/__tests__/timeline.test.ts), and an unchanged object lets the
 * memoized sections skip rendering. When a deadline passes while the page is open, the phase
 * changes and the stage, deadlines and actions update on the spot.
 */
export function useAssessment(transfer: TransferCase, now: number): Assessment {
  const boundaries = useMemo(() => assessmentBoundaries(transfer), [transfer])
  const phase = phaseAt(boundaries, now)
  // `now` is read only when the phase changes; within a phase every `now` gives the same result.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => assessTransfer(transfer, now), [transfer, phase])
}
