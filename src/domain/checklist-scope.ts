import { isScenario, settledStages, type Scenario } from './checklist'
import type { Stage } from './stage'

/**
 * What the checklist is about: a saved case (its stage picks the items) or one of the generic
 * scenarios, opened without a case.
 */
export type ScopeChoice = { kind: 'case'; id: string } | { kind: 'scenario'; scenario: Scenario }

/** The generic list when nothing else applies: fraud is where the clock runs fastest (C8). */
export const DEFAULT_SCENARIO: Scenario = 'fraud'

type Params = Record<string, string | undefined>

function decode(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}

/**
 * Which list to show: the one the user picked; else the page's query (`case` must be a saved case,
 * `scenario` one of the generic names: anything else is ignored); else the newest case whose money
 * has not come back; else the generic fraud list. `cases` are newest first.
 */
export function resolveChoice(
  picked: ScopeChoice | undefined,
  params: Params,
  cases: readonly { id: string; stage: Stage }[],
): ScopeChoice {
  const exists = (id: string) => cases.some((c) => c.id === id)
  if (picked?.kind === 'case' && exists(picked.id)) return picked
  if (picked?.kind === 'scenario' && isScenario(picked.scenario)) return picked
  const caseParam = decode(params.case)
  if (caseParam && exists(caseParam)) return { kind: 'case', id: caseParam }
  const scenarioParam = decode(params.scenario)
  if (isScenario(scenarioParam)) return { kind: 'scenario', scenario: scenarioParam }
  const open = cases.find((c) => !settledStages.includes(c.stage))
  return open ? { kind: 'case', id: open.id } : { kind: 'scenario', scenario: DEFAULT_SCENARIO }
}
