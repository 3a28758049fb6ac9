import type { ProgressCount } from './checklist'
import type { SourceId } from './sources'
import { fill } from '../content/fill'
import {
  familyGuideTexts,
  preventionTexts,
  type PreventionItemId,
  type PreventionText,
} from '../content/prevention'
import { pathText } from '../content/tap-paths'
import { checklistGroupUi } from '../content/ui-guide'

/**
 * The prevention guide: nine settings and habits, each with why it helps, its honest limits, and
 * the tap path, worded in src/content/prevention.ts. Here they become the lists the pages render.
 */
export interface PreventionItem extends PreventionText {
  id: string
}

export const preventionItems: PreventionItem[] = Object.keys(preventionTexts).map((id) => ({
  id,
  ...preventionTexts[id as PreventionItemId],
}))

/** Parents' version: big type, one short sentence each. */
export const familyGuide: { id: string; text: string; sourceIds: readonly SourceId[] }[] =
  Object.keys(familyGuideTexts).map((id) => ({
    id,
    ...familyGuideTexts[id as keyof typeof familyGuideTexts],
  }))

/** '已完成 3/8', in the checklist's words. Unknown and repeated ids are ignored. */
export function preventionProgress(doneIds: Iterable<string>): ProgressCount {
  const done = new Set(doneIds)
  const total = preventionItems.length
  const count = preventionItems.filter((item) => done.has(item.id)).length
  return { done: count, total, label: fill(checklistGroupUi.progress, { done: count, total }) }
}

export { pathText }
