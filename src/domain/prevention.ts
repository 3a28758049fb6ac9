import type { ProgressCount } from './checklist'
import type { SourceId } from './sources'
import { fill } from '../content/fill'
import {
  familyGuideTexts,
  preventionProgressLabel,
  preventionTexts,
  type PreventionItemId,
  type PreventionText,
} from '../content/prevention'
import { pathText } from '../content/tap-paths'

/**
 * The prevention guide: eight settings and habits, each with why it helps, its honest limits, and
 * the tap path, worded in src/content/prevention.ts. Here they become the lists the pages render.
 */
export interface PreventionItem {
  id: string
  title: string
  why: string
  limits: string
  /** Tap path, one step per entry; empty when the item is a habit, not a setting. */
  path: string[]
  pathNote?: string
  ifMissing?: string
  /** For habits: the steps to follow. */
  steps?: string[]
  sourceIds: SourceId[]
}

export const preventionItems: PreventionItem[] = (
  Object.keys(preventionTexts) as PreventionItemId[]
).map((id) => {
  const { steps, ...t }: PreventionText = preventionTexts[id]
  return {
    id,
    ...t,
    path: [...t.path],
    ...(steps ? { steps: [...steps] } : {}),
    sourceIds: [...t.sourceIds],
  }
})

/** Parents' version: big type, one short sentence each. */
export const familyGuide: { id: string; text: string; sourceIds: SourceId[] }[] = Object.entries(
  familyGuideTexts,
).map(([id, line]) => ({ id, text: line.text, sourceIds: [...line.sourceIds] }))

/** '已完成 3/8'. Unknown and repeated ids are ignored. */
export function preventionProgress(doneIds: Iterable<string>): ProgressCount {
  const done = new Set(doneIds)
  const total = preventionItems.length
  const count = preventionItems.filter((item) => done.has(item.id)).length
  return { done: count, total, label: fill(preventionProgressLabel, { done: count, total }) }
}

export { pathText }
