import type { SourceId } from './sources'
import { legalRouteTexts, type LegalRouteId, type LegalRouteText } from '../content/legal-routes'

/**
 * The routes a victim can take (police, platform, civil suit, mediation), side by side. Their words
 * and sources are in src/content/legal-routes.ts; this is the list the page shows, in that order.
 */
export type { LegalRouteId }

export interface LegalRoute {
  id: LegalRouteId
  title: string
  /** When this route applies. */
  whenApplies: string
  cost: string
  /** Time limits that a cited source states; never an invented deadline. */
  timeLimit: string
  /** What the user needs to bring or prepare. */
  needs: string[]
  notes?: string[]
  sourceIds: SourceId[]
}

export const legalRoutes: LegalRoute[] = (Object.keys(legalRouteTexts) as LegalRouteId[]).map(
  (id) => {
    const r: LegalRouteText = legalRouteTexts[id]
    return {
      id,
      title: r.title,
      whenApplies: r.whenApplies,
      cost: r.cost,
      timeLimit: r.timeLimit,
      needs: [...r.needs],
      ...(r.notes ? { notes: [...r.notes] } : {}),
      sourceIds: [...r.sourceIds],
    }
  },
)
