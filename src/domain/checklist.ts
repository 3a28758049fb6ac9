import type { SourceId } from './sources'
import type { Stage } from './stage'
import type { TransferCase, TransferCause } from './transfer-case'
import { crossBorder, type CrossBorderPoint } from './warnings'
import {
  checklistConditions,
  checklistGroups,
  checklistItems,
  checklistProgressLabel,
  type ChecklistConditionId,
  type ChecklistItemId,
  type ChecklistItemText,
} from '../content/checklist'
import { fill } from '../content/fill'

/**
 * The complaint & report checklist: what to screenshot, where to complain, when to call
 * the police and what the civil route needs, filtered by what happened (scenario) and by where the
 * transfer stands (stage).
 *
 * Every item cites FACTS rows by id. Items that only apply in one stage carry `stages`; when the
 * stage is not known (a generic scenario opened without a case, or stage 'unknown') such an item is
 * still shown if it is time-critical, with a `condition` note saying when it applies, because
 * hiding the delay-window complaint (D3) from someone who is in the window would cost them money.
 * Items about an already settled transfer (refund checks) are hidden when the stage is not known.
 */

/** The assessment's stage (stage.ts), under the name this module's API uses. */
export type TransferStage = Stage

export type Scenario = 'fraud' | 'mistaken' | 'minor' | 'account-stolen' | 'cross-border'

export const scenarios: Scenario[] = [
  'fraud',
  'mistaken',
  'minor',
  'account-stolen',
  'cross-border',
]

/**
 * Stages in which the money is back with the payer: the checklist no longer opens on such a case.
 * Only a return the user recorded: after the ~24 h auto-return the refund is expected, not seen
 * (T1), and a fraud or a stolen account still needs the police, so such a case stays open.
 */
export const settledStages: readonly TransferStage[] = ['returned']

/** True for the generic scenario names (e.g. a `scenario=` query); anything else is rejected. */
export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'string' && (scenarios as string[]).includes(value)
}

/** The checklist's groups: the ones with their own words, and the cross-border caveat. */
export type ChecklistGroupId = keyof typeof checklistGroups | 'cross-border'

export type { ChecklistItemId }

export interface ChecklistItem {
  /** Stable kebab-case id, used to remember ticks. */
  id: string
  title: string
  detail: string
  /** How to find the thing (for evidence). */
  where?: string
  /** Why it matters. */
  why?: string
  /** Tap path, one step per entry. */
  path?: string[]
  call?: { number: string; label: string }
  /** Set when the item only applies in some stages and the stage is not known. */
  condition?: string
  sourceIds: SourceId[]
}

export interface ChecklistGroup {
  id: ChecklistGroupId
  title: string
  intro?: string
  items: ChecklistItem[]
}

/**
 * When an item shows: in which scenarios; in which stages (absent → every stage); and, when the
 * stage is not known, the condition to show it with (absent → hide it then). Its words are
 * `checklistItems[id]` (src/content/checklist.ts).
 */
type ItemRule = [
  id: ChecklistItemId,
  scenarios: readonly Scenario[],
  stages?: readonly TransferStage[],
  ifStageUnknown?: ChecklistConditionId,
]

const ALL: Scenario[] = ['fraud', 'mistaken', 'minor', 'account-stolen', 'cross-border']
const NOT_STOLEN: Scenario[] = ['fraud', 'mistaken', 'minor', 'cross-border']
const HARMED: Scenario[] = ['fraud', 'minor', 'account-stolen', 'cross-border']
const STOLEN: Scenario[] = ['account-stolen']
const MINOR: Scenario[] = ['minor']
/** Mistaken money (and a child's): asking the other side is the advice (T3, T4, L1-L3). */
const ASK_BACK: Scenario[] = ['mistaken', 'minor']
const PENDING: TransferStage[] = ['awaiting-acceptance']
/** The civil route also fits when the stage is not known or cannot be followed (L1-L4). */
const CIVIL: TransferStage[] = ['in-delay', 'arrived', 'unknown', 'untracked']

/** The items of each group in order; the cross-border group is the cross-border caveat's points. */
const rules: Record<Exclude<ChecklistGroupId, 'cross-border'>, ItemRule[]> = {
  account: [
    // C4: freezing is the first move when the account itself is in someone else's hands.
    ['freeze-account', STOLEN],
    ['warn-contacts', STOLEN],
    // F3-F5, C4: whoever watched the screen or got the 验证码 may still be in the account.
    ['screen-share-secure', ['fraud', 'account-stolen']],
    // F8: after a leaked 验证码 or a stolen account, what else is registered in the user's name.
    ['check-accounts-in-name', ['fraud', 'account-stolen']],
  ],
  transfer: [
    ['dont-remind', ALL, PENDING, 'pending'],
    ['wait-auto-return', ALL, PENDING, 'pending'],
    // Not for an overseas recipient who may be a scammer (S1): the cross-border list sends the
    // user to the police and the platform instead.
    ['ask-recipient-decline', ASK_BACK, PENDING, 'pending'],
    ['ask-return', ASK_BACK, ['in-delay', 'arrived'], 'arrived'],
    ['check-auto-refund', ALL, ['auto-returned']],
    ['check-returned', ALL, ['returned']],
  ],
  evidence: [
    ['evidence-transfer-detail', ALL],
    ['evidence-chat', ALL],
    ['evidence-profile', ALL],
    ['evidence-after', NOT_STOLEN],
    // L3: keep your requests to return first; they matter in an unjust-enrichment suit.
    ['evidence-return-requests', ASK_BACK, [...PENDING, 'in-delay', 'arrived'], 'notReturned'],
    ['evidence-bill-list', STOLEN],
  ],
  platform: [
    // D3 (M): a reviewed complaint, only possible while the money is 待入账.
    ['delay-complaint', ALL, ['in-delay'], 'delay'],
    ['complain-in-chat', ['fraud', 'minor', 'cross-border']],
    ['minor-complaint-type', MINOR],
    ['tencent-110', HARMED],
  ],
  police: [
    ['call-110', ['fraud', 'account-stolen', 'cross-border']],
    // Before anyone messages the other side, who may be a scammer (C6, C8).
    ['call-110-minor', MINOR],
    ['emergency-stop', ['fraud', 'account-stolen', 'minor']],
    ['police-bring', HARMED],
    ['call-96110', ['fraud', 'minor']],
    ['fraud-app', HARMED],
    ['report-anyway', ['fraud', 'minor', 'cross-border']],
  ],
  civil: [
    ['civil-unjust-enrichment', ASK_BACK, CIVIL],
    ['civil-limitation', ASK_BACK, CIVIL],
    ['civil-court', ASK_BACK, CIVIL],
    ['civil-partial-name', ASK_BACK, CIVIL],
    ['civil-small-claims', ASK_BACK, CIVIL],
  ],
  guardian: [['guardian-handle', MINOR]],
  prevent: [
    ['guardian-youth-mode', MINOR],
    ['guardian-family-card', MINOR],
  ],
}

function groupWords(id: ChecklistGroupId): { title: string; intro?: string } {
  if (id === 'cross-border') return { title: crossBorder.title, intro: crossBorder.intro }
  return { ...checklistGroups[id] }
}

/**
 * Group order per scenario: what runs out first comes first. Fraud starts with the police (the
 * 30-minute 紧急止付 window, C8); a stolen account starts with freezing it (C4); everywhere the
 * transfer's own state (pending / in the delay) comes before evidence and the slower routes. A
 * mistaken transfer is a civil matter (L1-L3), so it has no police group at all. The cross-border
 * scenario opens with its honest caveat; for other scenarios the flag appends it.
 */
const groupOrder: Record<Scenario, ChecklistGroupId[]> = {
  fraud: ['police', 'account', 'transfer', 'platform', 'evidence'],
  mistaken: ['transfer', 'platform', 'evidence', 'civil'],
  // A child's transfer may have gone to a scammer: 110 and the 30-minute window come before any
  // message to the other side (C6, C8).
  minor: ['guardian', 'police', 'transfer', 'platform', 'evidence', 'civil', 'prevent'],
  'account-stolen': ['account', 'police', 'transfer', 'platform', 'evidence'],
  // An overseas recipient may be a scammer: the fraud routes first (S1, C6).
  'cross-border': ['cross-border', 'police', 'platform', 'transfer', 'evidence'],
}

export interface ChecklistInput {
  scenario: Scenario
  /** Absent for a generic scenario opened without a saved case. */
  stage?: TransferStage
  crossBorder?: boolean
}

/** The groups and items to show for a scenario and (if known) a stage. Empty groups are dropped. */
export function checklistFor(input: ChecklistInput): ChecklistGroup[] {
  const { scenario, stage } = input
  // 'unknown' and "no case" behave the same: show time-critical items with their condition.
  const order = [...groupOrder[scenario]]
  if (input.crossBorder && !order.includes('cross-border')) order.push('cross-border')
  const knownStage = stage === 'unknown' ? undefined : stage

  const groups: ChecklistGroup[] = []
  for (const groupId of order) {
    const items: ChecklistItem[] =
      groupId === 'cross-border'
        ? crossBorder.points.map(pointItem)
        : rules[groupId].flatMap(([id, forScenarios, stages, ifStageUnknown]) => {
            if (!forScenarios.includes(scenario)) return []
            let condition: string | undefined
            if (stages) {
              if (knownStage !== undefined) {
                if (!stages.includes(knownStage)) return []
              } else if (!stages.includes('unknown')) {
                if (ifStageUnknown === undefined) return []
                condition = checklistConditions[ifStageUnknown]
              }
            }
            return [toItem(id, scenario, condition)]
          })
    if (items.length) groups.push({ id: groupId, ...groupWords(groupId), items })
  }
  return groups
}

function toItem(
  id: ChecklistItemId,
  scenario: Scenario,
  condition: string | undefined,
): ChecklistItem {
  const words: ChecklistItemText = checklistItems[id]
  const wording = words.byScenario?.[scenario]
  const item: ChecklistItem = {
    id,
    title: wording?.title ?? words.title,
    detail: wording?.detail ?? words.detail,
    sourceIds: [...words.sourceIds],
  }
  if (words.where !== undefined) item.where = words.where
  if (words.why !== undefined) item.why = words.why
  if (words.path !== undefined) item.path = [...words.path]
  if (words.call !== undefined) item.call = { ...words.call }
  if (condition !== undefined) item.condition = condition
  return item
}

function pointItem(point: CrossBorderPoint): ChecklistItem {
  return { id: point.id, title: point.title, detail: point.text, sourceIds: [...point.sourceIds] }
}

export interface ProgressCount {
  done: number
  total: number
  label: string
}

/** Counts only the items shown; ticks for hidden or unknown ids are ignored. */
export function checklistProgress(
  groups: readonly ChecklistGroup[],
  doneIds: Iterable<string>,
): ProgressCount {
  const done = new Set(doneIds)
  const shown = new Set<string>()
  for (const g of groups) for (const item of g.items) shown.add(item.id)
  let count = 0
  for (const id of shown) if (done.has(id)) count++
  return {
    done: count,
    total: shown.size,
    label: fill(checklistProgressLabel, { done: count, total: shown.size }),
  }
}

/**
 * Which list a cause opens. Not sure it was a scam: the fraud list, police first (C8; police judge
 * whether it was one, L5). 'other': also the fraud list, so the police group and the 30-minute
 * window are there if it was a crime, and no "是我转错了" message is offered for money the user
 * did not say went astray by mistake; a cross-border case gets the cross-border list (see below).
 * The page titles the list with the cause the user chose, not the scenario's name.
 */
const causeScenario: Record<TransferCause, Scenario> = {
  mistaken: 'mistaken',
  fraud: 'fraud',
  unsure: 'fraud',
  minor: 'minor',
  'account-stolen': 'account-stolen',
  other: 'fraud',
}

/** The scenario for a saved case: its cause; an 'other' cause abroad becomes 'cross-border'. */
export function scenarioForCase(transfer: Pick<TransferCase, 'cause' | 'crossBorder'>): Scenario {
  if (transfer.cause === 'other' && transfer.crossBorder) return 'cross-border'
  return causeScenario[transfer.cause]
}

/** The full checklist input for a saved case and its assessed stage. */
export function checklistInputForCase(
  transfer: Pick<TransferCase, 'cause' | 'crossBorder'>,
  stage: TransferStage,
): ChecklistInput {
  return { scenario: scenarioForCase(transfer), stage, crossBorder: transfer.crossBorder === true }
}
