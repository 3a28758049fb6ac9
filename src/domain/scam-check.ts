import type { SourceId } from './sources'
import { phrases } from '../content/phrases'
import {
  checkTransferButton,
  scamSignTexts,
  scamStepTexts,
  type ScamSignId,
  type ScamStepId,
  type ScamStepText,
  type ScamVerdict,
} from '../content/scam-check'

/**
 * 转账前先停一下: the scam-sign check for the minute before money leaves. Each sign is one plain
 * yes/no question about what the other side said or asked for, matched to the scam type the police
 * name for it (F1, F2). A "yes" can only ever mean "this is a known scam sign"; a run of "no" never
 * means the request is safe (F9), so there are two verdicts and neither of them is "safe". The
 * questions, steps and verdicts are worded in src/content/scam-check.ts; this module picks them.
 */
export type { ScamSignId, ScamStepId, ScamVerdict }
export { scamVerdictTexts } from '../content/scam-check'

export interface ScamSign {
  id: ScamSignId
  /** A yes/no question in plain words, answerable by a frightened 70-year-old. */
  question: string
  /** What such a request typically sounds like. */
  example: string
  /** The scam type the sign belongs to, as the police name it where they do (F1). */
  scamType: string
  /** Why the sign means "stop", in one or two sentences. */
  why: string
  sourceIds: readonly SourceId[]
}

/** The signs, in the order the page asks them (and `matches` lists them). */
export const scamSigns: readonly ScamSign[] = (Object.keys(scamSignTexts) as ScamSignId[]).map(
  (id) => ({ id, ...scamSignTexts[id] }),
)

export interface ScamMatch {
  /** The id of the sign the user said yes to. */
  sign: ScamSignId
  scamType: string
  why: string
  sourceIds: SourceId[]
}

export interface ScamStep {
  id: ScamStepId
  title: string
  detail: string
  sourceIds: SourceId[]
}

export interface ScamCheckOptions {
  /** True when the money has already left. Anything but `true` counts as not yet paid. */
  alreadyPaid?: boolean
}

export interface ScamCheckResult {
  verdict: ScamVerdict
  matches: ScamMatch[]
  steps: ScamStep[]
}

/** Every step the check can recommend, each sentence with its sources. */
export const scamSteps: Readonly<Record<ScamStepId, ScamStepText>> = scamStepTexts

/** What the page can do for a step besides showing it: dial a number or open the status check. */
export type ScamStepAction =
  | { kind: 'call'; number: '110' | '96110'; label: string }
  | { kind: 'check-transfer'; label: string }

export const scamStepActions: Readonly<Partial<Record<ScamStepId, ScamStepAction>>> = {
  'call-110': { kind: 'call', number: '110', label: phrases.call110Title },
  'call-96110': { kind: 'call', number: '96110', label: phrases.call96110Button },
  'check-transfer': { kind: 'check-transfer', label: checkTransferButton },
}

const signIndex = new Map<string, number>(scamSigns.map((s, i) => [s.id, i]))

function step(id: ScamStepId): ScamStep {
  const s = scamSteps[id]
  return { id, title: s.title, detail: s.detail, sourceIds: [...s.sourceIds] }
}

/**
 * Checks the signs the user said yes to. Unknown ids, duplicates and anything that is not a string
 * are ignored, so a stale or edited answer list can never throw.
 *
 * Step order, not yet paid: `stop` leads with `dont-pay` (the one thing that still saves the money),
 * then anything that stops ongoing harm (`end-screen-share`, `secure-account`), then
 * `verify-known-number` and `call-96110`; `verify` is `verify-known-number`, `call-96110`.
 *
 * Already paid, 110 comes first whether or not a sign matched: the signs are not a complete list
 * (F9), the first 30 minutes matter (C8), and the police decide at any amount (L5). The only step
 * before it is `end-screen-share` when a screen was shared: it takes seconds and stops the caller
 * watching the phone during the call (F4). Changing the password and freezing (`secure-account`)
 * come after the call and the status check. 96110 is not offered once money has left: it does
 * not take reports (C6). The verdict is then `report` when no sign matched.
 */
export function checkScamSigns(
  signs: readonly string[],
  options: ScamCheckOptions = {},
): ScamCheckResult {
  const given = new Set<number>()
  if (Array.isArray(signs)) {
    for (const id of signs) {
      const index = typeof id === 'string' ? signIndex.get(id) : undefined
      if (index !== undefined) given.add(index)
    }
  }
  const matches: ScamMatch[] = [...given]
    .sort((a, b) => a - b)
    .map((i) => {
      const s = scamSigns[i]
      return { sign: s.id, scamType: s.scamType, why: s.why, sourceIds: [...s.sourceIds] }
    })
  const paid = options !== null && typeof options === 'object' && options.alreadyPaid === true
  const verdict: ScamVerdict = matches.length > 0 ? 'stop' : paid ? 'report' : 'verify'
  const has = (id: ScamSignId) => matches.some((m) => m.sign === id)

  // F4: a shared screen is still leaking; F5/C4: a leaked code or password needs the account secured.
  const endShare: ScamStepId[] = has('screen-share') ? ['end-screen-share'] : []
  const secure: ScamStepId[] =
    has('screen-share') || has('verification-code') ? ['secure-account'] : []

  let ids: ScamStepId[]
  if (paid) {
    ids =
      verdict === 'stop'
        ? [...endShare, 'call-110', 'check-transfer', ...secure]
        : ['call-110', 'check-transfer', 'verify-known-number']
  } else {
    ids =
      verdict === 'stop'
        ? ['dont-pay', ...endShare, ...secure, 'verify-known-number', 'call-96110']
        : ['verify-known-number', 'call-96110']
  }
  return { verdict, matches, steps: ids.map(step) }
}
