import type { SourceId } from './sources'
import { CALLER_ID_LINE, SCREEN_SHARE_STEPS } from './wording'
import {
  crossBorderTexts,
  type CrossBorderId,
  warningTexts,
  type SharedLineWarning,
  type WarningId,
  type WarningLevel,
  type WarningText,
} from '../content/warnings'

/**
 * Prominent warnings shown on the complaint/report pages, worded in src/content/warnings.ts (which
 * says why each one is there). Two of them repeat a shared line of advice; it is taken from its one
 * home here, so the warning and the other lists cannot drift apart.
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

/** The title, body and sources of a warning whose words are a shared line of advice. */
export function fromSharedLine(w: SharedLineWarning): Omit<Warning, 'id' | 'level'> {
  if (w.sharedLine === 'callerId') {
    return { title: w.title, body: CALLER_ID_LINE.text, sourceIds: CALLER_ID_LINE.sourceIds }
  }
  return {
    title: SCREEN_SHARE_STEPS.title,
    body: SCREEN_SHARE_STEPS.short,
    sourceIds: SCREEN_SHARE_STEPS.sourceIds,
  }
}

function warning(id: WarningId): Warning {
  const w: WarningText | SharedLineWarning = warningTexts[id]
  if ('sharedLine' in w) return { id, level: w.level, ...fromSharedLine(w) }
  return { id, ...w }
}

export const warnings: Warning[] = (Object.keys(warningTexts) as WarningId[]).map(warning)

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
