import type { SourceId } from './sources'
import {
  crossBorderTexts,
  type CrossBorderId,
  warningTexts,
  type WarningId,
  type WarningLevel,
} from '../content/warnings'

/**
 * Prominent warnings shown on the complaint/report pages, worded in src/content/warnings.ts (which
 * says why each one is there), in the order the page shows them.
 */
export type { WarningLevel }

export interface Warning {
  id: string
  level: WarningLevel
  title: string
  body: string
  /** A number the user may dial themselves (never one that called them). */
  call?: { number: string; label: string }
  sourceIds: readonly SourceId[]
}

export const warnings: Warning[] = (Object.keys(warningTexts) as WarningId[]).map((id) => ({
  id,
  ...warningTexts[id],
}))

export interface CrossBorderPoint {
  id: string
  title: string
  text: string
  sourceIds: SourceId[]
}

/** Cross-border transfers: what the facts support, promising nothing (see the content file). */
export const crossBorder: { title: string; intro: string; points: CrossBorderPoint[] } = {
  title: crossBorderTexts.title,
  intro: crossBorderTexts.intro,
  points: (Object.keys(crossBorderTexts.points) as CrossBorderId[]).map((id) => ({
    id,
    ...crossBorderTexts.points[id],
    sourceIds: [...crossBorderTexts.points[id].sourceIds],
  })),
}
