import type { Deadline } from './deadlines'
import type { SourceId } from './sources'
import { mayHaveArrived, type Stage } from './stage'
import { crimePossible, fraudPossible, type TransferCase } from './transfer-case'
import { actionTexts, type ActionId } from '../content/actions'

export type { ActionId }

/** One thing the user can do now. */
export interface Action {
  id: ActionId
  title: string
  detail: string
  steps?: string[]
  sourceIds: SourceId[]
}

interface Context {
  c: TransferCase
  stage: Stage
  /** The first 30 minutes after a fraudulent transfer, when an emergency stop is likeliest (C8). */
  emergencyOpen: boolean
  /** Past the earliest possible arrival but not the latest: the money may have landed (D2). */
  maybeArrived: boolean
}

/** An action from the chosen wordings; copies, so no caller can change the content table. */
function action(
  id: ActionId,
  title: string,
  detail: string,
  steps: readonly string[] | undefined,
  sourceIds: readonly SourceId[],
): Action {
  return { id, title, detail, ...(steps && { steps: [...steps] }), sourceIds: [...sourceIds] }
}

/** Actions with one wording, whatever the case. */
type FixedId =
  'freeze-account' | 'complain-user' | 'save-evidence' | 'call-96110' | 'beware-recovery-scam'

function fixed(id: FixedId): Action {
  const t = actionTexts[id]
  return action(id, t.title, t.detail, 'steps' in t ? t.steps : undefined, t.sourceIds)
}

/**
 * Why to call 110: the money should be back, the account was stolen, the user named no cause the
 * app knows, or how late it is (C8).
 */
function call110Why({ c, stage, emergencyOpen }: Context) {
  if (stage === 'auto-returned') return 'autoReturned'
  if (c.cause === 'account-stolen') return 'accountStolen'
  if (c.cause === 'other') return 'other'
  return emergencyOpen ? 'emergency' : 'late'
}

function call110(x: Context): Action {
  const t = actionTexts['call-110']
  const title = t.title[x.emergencyOpen ? 'urgent' : 'plain']
  return action('call-110', title, t.detail[call110Why(x)], t.steps, t.sourceIds)
}

function checkStatus({ c, maybeArrived }: Context): Action {
  const t = actionTexts['check-status']
  // Why the money may have landed: the arrival setting (D1) or the acceptance time is not known.
  const k = !maybeArrived ? 'unknown' : c.arrival === 'unknown' ? 'settingUnknown' : 'maybeArrived'
  return action('check-status', t.title[k], t.detail[k], t.steps[k], t.sourceIds[k])
}

function complainInDelay({ c }: Context): Action {
  const t = actionTexts['complain-in-delay']
  const ids = t.sourceIds[c.method === 'phone' ? 'phone' : 'chat']
  return action('complain-in-delay', t.title, t.detail, t.steps, ids)
}

function minorGuardian({ stage }: Context): Action {
  const t = actionTexts['minor-guardian']
  const k = stage === 'returned' || stage === 'auto-returned' ? 'settled' : 'open'
  return action('minor-guardian', t.title, t.detail[k], t.steps[k], t.sourceIds[k])
}

function checkRefund({ c, stage }: Context): Action {
  const t = actionTexts['check-refund']
  // Only a chat transfer waits for acceptance, so only a chat transfer is auto-returned (T1, T5).
  if (stage === 'auto-returned') {
    return action('check-refund', t.title.auto, t.detail.auto, t.steps.auto, t.sourceIds.auto)
  }
  // A return of a phone-number transfer or of another payment was never a tap on 退还 (T3 is the
  // pending chat transfer's): the recipient sent the money back (T4).
  const key =
    c.method === 'chat' ? 'recorded' : c.method === 'phone' ? 'recordedPhone' : 'recordedOther'
  const ids = t.sourceIds[key]
  return action('check-refund', t.title.recorded, t.detail.recorded, t.steps.recorded, ids)
}

function askRecipientReturn({ stage }: Context): Action {
  const t = actionTexts['ask-recipient-return']
  if (stage === 'untracked') {
    const { title, detail, steps, sourceIds } = t
    return action(
      'ask-recipient-return',
      title.arrived,
      detail.untracked,
      steps.arrived,
      sourceIds.untracked,
    )
  }
  if (stage === 'awaiting-acceptance') {
    const { title, detail, sourceIds } = t
    return action(
      'ask-recipient-return',
      title.awaiting,
      detail.awaiting,
      undefined,
      sourceIds.awaiting,
    )
  }
  return action(
    'ask-recipient-return',
    t.title.arrived,
    t.detail.arrived,
    t.steps.arrived,
    t.sourceIds.arrived,
  )
}

function waitAutoReturn({ c }: Context): Action {
  const t = actionTexts['wait-auto-return']
  const k = c.cause === 'minor' ? 'other' : c.cause === 'unsure' ? 'fraud' : c.cause
  return action('wait-auto-return', t.title[k], t.detail[k], undefined, t.sourceIds[k])
}

function civilSuit({ c }: Context): Action {
  const t = actionTexts['civil-suit']
  const k = crimePossible(c.cause) ? 'crime' : 'other'
  return action('civil-suit', t.title[k], t.detail, t.steps, t.sourceIds)
}

/** Each rule: when the action applies, and its rank (smaller is more urgent). */
const RULES: ReadonlyArray<{
  rank: (x: Context) => number | undefined
  build: (x: Context) => Action
}> = [
  // A thief may still be spending from the account: freezing comes before everything (C4).
  {
    rank: ({ c }) => (c.cause === 'account-stolen' ? 10 : undefined),
    build: () => fixed('freeze-account'),
  },
  {
    // Not once the money is back. Wherever fraud is possible the call comes first, urgent within
    // the 30 minutes when an emergency stop is likeliest (C8), plain after them: police decide
    // whether it was a scam (L5). Kept after the ~24 h auto-return: the app cannot see the refund
    // (T1), and a crime is reported whether or not this money came back. A cause the app has no
    // rules for ('other') gets the call plainly, after the transfer's own closing windows.
    rank: ({ c, stage }) => {
      if (stage === 'returned') return undefined
      if (c.cause === 'account-stolen') return 20
      if (fraudPossible(c.cause)) return 12
      if (c.cause === 'other') return 36
      return undefined
    },
    build: call110,
  },
  {
    // Unknown state: look first. Past the earliest possible arrival: look right after filing the
    // complaint, whose window may still be open (D2, D3).
    rank: ({ stage, maybeArrived }) => (stage === 'unknown' ? 25 : maybeArrived ? 31 : undefined),
    build: checkStatus,
  },
  { rank: ({ stage }) => (stage === 'in-delay' ? 30 : undefined), build: complainInDelay },
  { rank: ({ c }) => (c.cause === 'minor' ? 32 : undefined), build: minorGuardian },
  {
    // The complaint about a person (C2, C3): wherever fraud is possible, and for a payment the app
    // cannot follow whose cause the user left open (H3's route: 110 and the platform complaint).
    rank: ({ c, stage }) => {
      if (stage === 'returned') return undefined
      if (fraudPossible(c.cause)) return 37
      return stage === 'untracked' && c.cause === 'other' ? 37 : undefined
    },
    build: () => fixed('complain-user'),
  },
  {
    // Once the money is back, seeing it arrive comes first (after freezing a stolen account).
    rank: ({ stage }) => (stage === 'returned' || stage === 'auto-returned' ? 31 : undefined),
    build: checkRefund,
  },
  {
    // Only for a mistaken transfer: asking a scammer to give the money back helps nobody.
    rank: ({ c, stage }) =>
      c.cause === 'mistaken' &&
      (stage === 'awaiting-acceptance' || stage === 'arrived' || stage === 'untracked')
        ? 45
        : undefined,
    build: askRecipientReturn,
  },
  {
    rank: ({ stage }) => (stage === 'awaiting-acceptance' ? 50 : undefined),
    build: waitAutoReturn,
  },
  {
    rank: ({ c, stage }) =>
      crimePossible(c.cause) || stage === 'in-delay' || stage === 'arrived' || stage === 'untracked'
        ? 60
        : undefined,
    build: () => fixed('save-evidence'),
  },
  {
    // Unjust enrichment (L1) fits any money that left without a reason, also a payment the app
    // cannot follow; after a crime only once the other side's identity is known (L3).
    rank: ({ c, stage }) =>
      stage === 'arrived' || (stage === 'untracked' && !crimePossible(c.cause)) ? 70 : undefined,
    build: civilSuit,
  },
  {
    rank: ({ c }) => (fraudPossible(c.cause) ? 80 : undefined),
    build: () => fixed('call-96110'),
  },
  {
    // Victims of fraud and of account theft are both targeted by fake recovery services (S1).
    rank: ({ c }) => (crimePossible(c.cause) ? 90 : undefined),
    build: () => fixed('beware-recovery-scam'),
  },
]

/**
 * What the user can do now, most urgent first. `now` tells whether a delayed transfer accepted at
 * an unknown time may already have arrived; without it that is not assumed.
 */
export function actionsFor(
  c: TransferCase,
  stage: Stage,
  deadlines: readonly Deadline[],
  now?: number,
): Action[] {
  const stop = deadlines.find((d) => d.kind === 'emergency-stop')
  const x: Context = {
    c,
    stage,
    emergencyOpen: stop !== undefined && !stop.passed,
    maybeArrived: now !== undefined && stage === 'in-delay' && mayHaveArrived(c, now),
  }
  const picked: { rank: number; action: Action }[] = []
  for (const rule of RULES) {
    const rank = rule.rank(x)
    if (rank !== undefined) picked.push({ rank, action: rule.build(x) })
  }
  return picked.sort((a, b) => a.rank - b.rank).map((p) => p.action)
}
