import * as z from 'zod/mini'
import { fill } from '../content/fill'
import { storageMessages as m } from '../content/messages'
import { parseTransferCase, type TransferCase } from '../domain/transfer-case'
import { isPlausibleTime } from '../domain/time'
import { integer, recordOnly } from '../domain'
import type { Check, Codec } from './envelope'
import { readKeys, readRaw, removeKey, writeEnvelope } from './envelope'
import { migrateCaseV0 } from './case-v0'
import { CASE_PREFIX, caseKey, checklistKey, detailsKey, isScope, SCOPE_PATTERN } from './keys'
import { loadChecked, type StoreContext } from './context'
import { fail, type WriteResult } from './result'

/** One saved transfer, as the pages see it. Times are epoch ms. */
export interface StoredCase {
  id: string
  label?: string
  createdAt: number
  updatedAt: number
  transfer: TransferCase
}

/** What a page saves: no id creates a case, an id replaces that case's label and transfer. */
export interface CaseInput {
  id?: string
  label?: string
  transfer: TransferCase
}

export type SaveCaseResult = WriteResult<{ case: StoredCase }>

/**
 * When full, saving a new case is refused with a message; nothing is ever evicted. A person who
 * opens this app right after losing money should not find an old case gone without asking, and
 * 100 is far beyond what one person records, so reaching it is rare and worth a conscious choice.
 */
export const MAX_CASES = 100
export const LABEL_MAX = 40

const epochMs = () => z.number().check(integer(), z.minimum(0))

const storedShape = recordOnly(
  z.object({
    id: z.string().check(z.regex(SCOPE_PATTERN)),
    label: z.optional(z.string().check(z.maxLength(LABEL_MAX))),
    createdAt: epochMs(),
    updatedAt: epochMs(),
    transfer: z.optional(z.unknown()),
  }),
)

function caseCodec(id: string, now: number): Codec<StoredCase> {
  return {
    // The transfer is checked by the rules module in refine, which replaces it.
    schema: storedShape as z.ZodMiniType<unknown> as z.ZodMiniType<StoredCase>,
    migrate: (version, data) =>
      version === 0 ? migrateCaseV0(data) : { ok: false, reason: fill(m.caseVersion, { version }) },
    refine: (stored): Check<StoredCase> => {
      // The key is the id's home: a record claiming another id is a stray copy (duplicate).
      if (stored.id !== id) {
        return { ok: false, reason: fill(m.caseMisplaced, { id: stored.id, key: id }) }
      }
      // Times outside the years WeChat transfers can have happened are damaged data, and would
      // print as "Invalid Date" far enough out.
      if (!isPlausibleTime(stored.createdAt) || !isPlausibleTime(stored.updatedAt)) {
        return { ok: false, reason: m.implausibleTime }
      }
      // Checked against the later of now and its own save time: the case passed the rules when
      // saved, and a phone clock set back afterwards must not throw the user's records away.
      const parsed = parseTransferCase(stored.transfer, Math.max(now, stored.updatedAt))
      if (!parsed.ok) {
        const errors = parsed.errors.map((e) => e.message).join('；')
        return { ok: false, reason: fill(m.caseRules, { errors }) }
      }
      return { ok: true, value: tidy({ ...stored, transfer: parsed.value }) }
    },
  }
}

/** Drops an empty or missing label so "no label" has one shape. */
function tidy(c: StoredCase): StoredCase {
  const out: StoredCase = {
    id: c.id,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    transfer: c.transfer,
  }
  if (c.label) out.label = c.label
  return out
}

const copyCase = (c: StoredCase): StoredCase => ({ ...c, transfer: { ...c.transfer } })

/** Newest first; ties (same millisecond) by id, which sorts by creation within a session. */
const newestFirst = (a: StoredCase, b: StoredCase) =>
  b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

export interface CaseArea {
  list(): StoredCase[]
  get(id: string): StoredCase | undefined
  save(input: CaseInput): SaveCaseResult
  remove(id: string): WriteResult
  /**
   * True when the last read could not list or read every case (storage threw): what list() and
   * get() returned may be missing records that are still stored. Nothing was deleted.
   */
  readFailed(): boolean
}

export function createCaseArea(ctx: StoreContext): CaseArea & { forget(): void } {
  let snapshot: Map<string, StoredCase> | undefined
  let failed = false
  let counter = 0

  function load(): Map<string, StoredCase> {
    if (snapshot) return snapshot
    const keys = readKeys(ctx.kv)
    // Storage could not list its keys: report it and cache nothing, so the next read tries again.
    if (!keys) {
      failed = true
      return new Map()
    }
    failed = false
    const now = ctx.now()
    const found = new Map<string, StoredCase>()
    for (const key of keys) {
      if (!key.startsWith(CASE_PREFIX)) continue
      const id = key.slice(CASE_PREFIX.length)
      const loaded = isScope(id) ? loadChecked(ctx, key, caseCodec(id, now)) : quarantineBadKey(key)
      if (!loaded.ok) failed = true
      else if (loaded.value) found.set(id, loaded.value)
    }
    return (snapshot = found)
  }

  function quarantineBadKey(key: string): { ok: true; value: undefined } | { ok: false } {
    const read = readRaw(ctx.kv, key)
    if (!read.ok) return { ok: false }
    if (read.raw !== undefined) ctx.quarantine.moveAside(key, read.raw, m.badCaseKey)
    return { ok: true, value: undefined }
  }

  /**
   * Time in base 36 plus a per-store counter, both padded so ids sort in creation order; checked
   * against what is stored, so two saves in one millisecond (or a clock set back) never collide.
   * No Math.random: ids stay reproducible under a fixed test clock.
   */
  function newId(existing: Map<string, StoredCase>, now: number): string {
    for (;;) {
      counter = (counter + 1) % 36 ** 4
      const id = `c${now.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}`
      if (!existing.has(id)) return id
    }
  }

  return {
    list: () => [...load().values()].sort(newestFirst).map(copyCase),
    get(id) {
      const found = load().get(id)
      return found && copyCase(found)
    },
    save(input) {
      const cases = load()
      const now = ctx.now()
      const label = typeof input?.label === 'string' ? input.label.trim() : undefined
      if (label && label.length > LABEL_MAX) return fail(fill(m.labelTooLong, { max: LABEL_MAX }))
      const parsed = parseTransferCase(input?.transfer, now)
      if (!parsed.ok) return fail(parsed.errors[0]?.message ?? m.caseIncomplete)

      let stored: StoredCase
      if (input.id !== undefined) {
        const previous = cases.get(input.id)
        if (!previous) return fail(m.caseNotFound)
        stored = tidy({
          id: previous.id,
          label,
          createdAt: previous.createdAt,
          updatedAt: now,
          transfer: parsed.value,
        })
      } else {
        if (cases.size >= MAX_CASES) {
          return fail(fill(m.casesFull, { max: MAX_CASES }))
        }
        stored = tidy({
          id: newId(cases, now),
          label,
          createdAt: now,
          updatedAt: now,
          transfer: parsed.value,
        })
      }
      const written = writeEnvelope(ctx.kv, caseKey(stored.id), stored)
      if (!written.ok) return written
      cases.set(stored.id, stored)
      return { ok: true, case: copyCase(stored) }
    },
    remove(id) {
      const cases = load()
      if (!isScope(id) || !cases.has(id)) return { ok: true }
      if (!removeKey(ctx.kv, caseKey(id))) return fail(m.deleteFailed)
      cases.delete(id)
      // The case's own checklist and report details go with it; if this fails they are only
      // orphans, removed by clearAll().
      for (const key of [checklistKey(id), detailsKey(id)]) {
        removeKey(ctx.kv, key)
        ctx.memo.delete(key)
      }
      return { ok: true }
    },
    readFailed: () => failed,
    forget() {
      snapshot = undefined
      failed = false
    },
  }
}
