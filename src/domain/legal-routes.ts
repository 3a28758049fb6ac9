import { legalRouteTexts, type LegalRouteId, type LegalRouteText } from '../content/legal-routes'

/**
 * The routes a victim can take (police, platform, civil suit, mediation), side by side. Their words
 * and sources are in src/content/legal-routes.ts; this is the list the page shows, in that order.
 */
export type { LegalRouteId }

export interface LegalRoute extends LegalRouteText {
  id: LegalRouteId
}

export const legalRoutes: LegalRoute[] = (Object.keys(legalRouteTexts) as LegalRouteId[]).map(
  (id) => ({ id, ...legalRouteTexts[id] }),
)
