// The advice tables the status result and the countdown read (actions, notes, deadlines, stage
// sentences, assumptions) against the rules that choose from them: every entry cites sources the
// catalogue knows, every wording the rules produce for a spread of cases is one the table holds
// (so docs/CONTENT.md, which lists the tables, shows everything the user can see), and every
// wording the table holds is produced for some case (no dead variant a reviewer would check for
// nothing).
import { actionTexts } from '../actions'
import { deadlineTexts } from '../deadlines'
import { noteTexts } from '../notes'
import { assumptionTexts, headlines, stageSummaries } from '../stages'
import { MINUTE, STAGES, assessTransfer, sources, type Assessment } from '../../domain'
import { BOUNDARY_OFFSETS, spreadOfCases } from '../../domain/__tests__/cases'

type Field = string | readonly string[] | Readonly<Record<string, string | readonly string[]>>

/** Every wording of a field: the one value, or each variant's. */
function variants(field: Field | undefined): (string | readonly string[])[] {
  if (field === undefined) return []
  if (typeof field === 'string' || Array.isArray(field)) return [field as string | string[]]
  return Object.values(field)
}

/** A wording as a comparable key (a list of steps or sources compares as a whole, in order). */
const key = (v: string | readonly string[] | undefined) => JSON.stringify(v ?? null)

const tables = {
  action: actionTexts as Record<string, Record<string, Field | undefined>>,
  note: noteTexts as Record<string, Record<string, Field | undefined>>,
  deadline: deadlineTexts as Record<string, Record<string, Field | undefined>>,
}

/** The fields each kind of item shows, sources included. */
const FIELDS = {
  action: ['title', 'detail', 'steps', 'sourceIds'],
  note: ['text', 'sourceIds'],
  deadline: ['label', 'atZero', 'sourceIds'],
} as const

type Kind = keyof typeof tables

/** True when an action has no steps, or a variant of its title or detail has none. */
function lacksSteps(entry: Record<string, Field | undefined>): boolean {
  const steps = entry.steps
  if (steps === undefined) return true
  if (Array.isArray(steps)) return false
  const keys = [entry.title, entry.detail].flatMap((f) =>
    typeof f === 'object' && !Array.isArray(f) ? Object.keys(f) : [],
  )
  return keys.some((k) => !Object.prototype.hasOwnProperty.call(steps, k))
}

/** `kind:id:field` → the wordings the table holds for it. */
function tableWordings(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const kind of Object.keys(tables) as Kind[]) {
    for (const [id, entry] of Object.entries(tables[kind])) {
      for (const field of FIELDS[kind]) {
        const set = new Set(variants(entry[field]).map(key))
        // An action shows no steps when it has none, or none for one of its variants.
        if (kind === 'action' && field === 'steps' && lacksSteps(entry)) set.add(key(undefined))
        out.set(`${kind}:${id}:${field}`, set)
      }
    }
  }
  return out
}

/** Assessments over every kind of case at moments around every boundary the rules know. */
function spread(): Assessment[] {
  return spreadOfCases(BOUNDARY_OFFSETS).flatMap(({ c, now }) => [
    assessTransfer(c, now),
    // Accepted at an unknown time, but seen accepted: the other assumption's wording.
    ...(c.recipient === 'accepted' && c.acceptedAt === undefined
      ? [assessTransfer({ ...c, acceptedBy: c.sentAt + 5 * MINUTE }, now)]
      : []),
    // A transfer time picked as a quick estimate ("半小时前"): the assumption that says so.
    ...(c.cause === 'unsure' ? [assessTransfer({ ...c, sentEstimated: true }, now)] : []),
  ])
}

const runs = spread()

describe('advice tables', () => {
  it('cite at least one source for every entry and variant, all of them in the catalogue', () => {
    const problems: string[] = []
    for (const kind of Object.keys(tables) as Kind[]) {
      for (const [id, entry] of Object.entries(tables[kind])) {
        const lists = variants(entry.sourceIds) as (readonly string[])[]
        if (lists.length === 0) problems.push(`${kind} ${id}: no sourceIds`)
        for (const ids of lists) {
          if (ids.length === 0) problems.push(`${kind} ${id}: a variant without sources`)
          for (const s of ids) if (!(s in sources)) problems.push(`${kind} ${id}: unknown ${s}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('hold every wording the rules produce, and the rules produce every wording they hold', () => {
    const table = tableWordings()
    const seen = new Map<string, Set<string>>()
    const missing: string[] = []
    const note = (kind: Kind, id: string, field: string, value: unknown) => {
      const at = `${kind}:${id}:${field}`
      const k = key(value as string | string[] | undefined)
      if (!table.get(at)?.has(k)) missing.push(`${at} ${k}`)
      seen.set(at, (seen.get(at) ?? new Set()).add(k))
    }
    for (const a of runs) {
      for (const x of a.actions) {
        for (const f of FIELDS.action) note('action', x.id, f, x[f])
      }
      for (const n of a.notes) {
        if (n.id === 'hedge') continue
        for (const f of FIELDS.note) note('note', n.id, f, n[f])
      }
      for (const d of a.deadlines) {
        for (const f of FIELDS.deadline) note('deadline', d.kind, f, d[f])
      }
    }
    expect([...new Set(missing)]).toEqual([])
    const unused = [...table].flatMap(([at, wordings]) =>
      [...wordings].filter((w) => !seen.get(at)?.has(w)).map((w) => `${at} ${w}`),
    )
    expect(unused).toEqual([])
  })

  it('holds every headline and assumption the rules produce, and each one is produced', () => {
    const headlineTexts = new Set<string>([
      ...Object.values(stageSummaries).map((s) => s.text),
      ...Object.values(headlines).map((h) => h.text),
    ])
    const assumptionWordings = new Set<string>(
      Object.values(assumptionTexts).flatMap((v) => variants(v) as string[]),
    )
    const seenHeadlines = new Set<string>()
    const seenAssumptions = new Set<string>()
    for (const a of runs) {
      seenHeadlines.add(a.headline)
      for (const t of a.assumptions) seenAssumptions.add(t)
    }
    expect([...seenHeadlines].filter((t) => !headlineTexts.has(t))).toEqual([])
    expect([...seenAssumptions].filter((t) => !assumptionWordings.has(t))).toEqual([])
    expect([...headlineTexts].filter((t) => !seenHeadlines.has(t))).toEqual([])
    expect([...assumptionWordings].filter((t) => !seenAssumptions.has(t))).toEqual([])
  })

  it('word every stage, and only stages and their cause-specific wordings', () => {
    const keys = Object.keys(stageSummaries)
    expect(STAGES.filter((s) => !keys.includes(s))).toEqual([])
    const extra = keys.filter((k) => !(STAGES as readonly string[]).includes(k))
    expect(extra.sort()).toEqual(['arrived-mistaken', 'awaiting-acceptance-crime'])
  })

  it('hand out copies, so a caller that changes an assessment cannot change the tables', () => {
    const { c, now } = spreadOfCases([10 * MINUTE]).find((x) => x.c.cause === 'fraud')!
    const first = assessTransfer(c, now)
    const before = JSON.stringify(first)
    for (const x of first.actions) {
      x.steps?.push('changed')
      x.sourceIds.push('T1')
    }
    for (const x of [...first.notes, ...first.deadlines]) x.sourceIds.push('T1')
    expect(JSON.stringify(assessTransfer(c, now))).toBe(before)
  })
})
