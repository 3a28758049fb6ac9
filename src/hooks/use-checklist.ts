import { useRef } from 'react'
import { useRouter } from '@tarojs/taro'
import { stageLabels } from '../content/labels'
import {
  assessTransfer,
  checklistFor,
  checklistInputForCase,
  checklistProgress,
  DEFAULT_SCENARIO,
  formatYuan,
  resolveChoice,
  type ChecklistGroup,
  type ProgressCount,
  type Scenario,
  type ScopeChoice,
  type Stage,
} from '../domain'
import type { CaseChip } from '../components/scenario-picker'
import { formatShortDateTime } from '../format/time'
import { toast } from '../platform/feedback'
import type { ReportDetails, Settings, Store, StoredCase } from '../storage'
import { useStored } from './use-stored'

export type { ScopeChoice }

export interface CaseOption extends CaseChip {
  stage: Stage
  stageLabel: string
  saved: StoredCase
}

export interface ChecklistState {
  settings: Settings
  cases: CaseOption[]
  choice: ScopeChoice
  /** The storage scope of ticks and details: the case id or the scenario name. */
  scope: string
  scenario: Scenario
  /** Set when the checklist is about a saved case. */
  activeCase?: CaseOption
  groups: ChecklistGroup[]
  /** Every stored tick of the scope, including items the current stage hides. */
  done: string[]
  details: ReportDetails
}

/** Short enough for a chip and a message template. */
export const formatShortTime = formatShortDateTime

function caseOption(saved: StoredCase, now: number): CaseOption {
  const stage = assessTransfer(saved.transfer, now).stage
  const stageLabel = stageLabels[stage]
  const name =
    saved.label ||
    `${formatShortTime(saved.transfer.sentAt)} ${formatYuan(saved.transfer.amountFen)}`
  return { id: saved.id, chipLabel: `${name} · ${stageLabel}`, stage, stageLabel, saved }
}

type Params = Record<string, string | undefined>

function read(store: Store, picked: ScopeChoice | undefined, params: Params): ChecklistState {
  // The stage is worked out once per show; this page has no ticker, because nothing on it changes by the second.
  const now = Date.now()
  const cases = store.cases.list().map((saved) => caseOption(saved, now))
  const choice = resolveChoice(picked, params, cases)
  const activeCase = choice.kind === 'case' ? cases.find((c) => c.id === choice.id) : undefined
  const scope = choice.kind === 'case' ? choice.id : choice.scenario
  const input = activeCase
    ? checklistInputForCase(activeCase.saved.transfer, activeCase.stage)
    : { scenario: choice.kind === 'scenario' ? choice.scenario : DEFAULT_SCENARIO }
  return {
    settings: store.settings.get(),
    cases,
    choice,
    scope,
    scenario: input.scenario,
    activeCase,
    groups: checklistFor(input),
    done: store.checklist.get(scope),
    details: store.reportDetails.get(scope),
  }
}

export interface UseChecklist extends ChecklistState {
  store: Store
  progress: ProgressCount
  isDone: (itemId: string) => boolean
  toggle: (itemId: string) => void
  select: (choice: ScopeChoice) => void
  /** Re-reads the scope after a write elsewhere on the page (report details). */
  reload: () => void
}

/**
 * The checklist page's state: the scope (case or scenario), its items for the case's stage, and the
 * ticks, saved per scope with store.checklist. Storage is read once per show (useStored).
 */
export function useChecklist(): UseChecklist {
  const params = (useRouter().params || {}) as Params
  const picked = useRef<ScopeChoice | undefined>(undefined)
  const { value, store, reload } = useStored((s) => read(s, picked.current, params))
  const doneSet = new Set(value.done)

  const toggle = (itemId: string) => {
    const next = doneSet.has(itemId)
      ? value.done.filter((id) => id !== itemId)
      : [...value.done, itemId]
    const result = store.checklist.set(value.scope, next)
    if (!result.ok) toast(result.error)
    reload()
  }

  const select = (choice: ScopeChoice) => {
    picked.current = choice
    reload()
  }

  return {
    ...value,
    store,
    progress: checklistProgress(value.groups, value.done),
    isDone: (itemId) => doneSet.has(itemId),
    toggle,
    select,
    reload,
  }
}
