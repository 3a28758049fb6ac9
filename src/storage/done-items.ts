import * as z from 'zod/mini'
import { storageMessages } from '../content/messages'
import { boundedArray } from '../domain'
import { checklistKey, isScope, PREVENTION_KEY } from './keys'
import { readValue, writeValue, type StoreContext } from './context'
import { fail, type WriteResult } from './result'

/** Item ids come from the app's own checklists: short, plain, and far fewer than this cap. */
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/
export const MAX_DONE_ITEMS = 300

const doneSchema = boundedArray(z.string().check(z.regex(ITEM_ID)), MAX_DONE_ITEMS)
const codec = { schema: doneSchema }

export type DoneResult = WriteResult<{ done: string[] }>

function read(ctx: StoreContext, key: string): string[] {
  return [...(readValue(ctx, key, codec) ?? [])]
}

function write(ctx: StoreContext, key: string, doneItemIds: string[]): DoneResult {
  // Ticking an item twice is the same as once.
  const unique = Array.isArray(doneItemIds) ? [...new Set(doneItemIds)] : null
  const parsed = z.safeParse(doneSchema, unique)
  if (!parsed.success) return fail(storageMessages.checklistBad)
  const written = writeValue(ctx, key, parsed.data)
  return written.ok ? { ok: true, done: [...parsed.data] } : written
}

/** A checklist per scope: a case id, or a scenario name for the generic lists. */
export interface ChecklistArea {
  get(scope: string): string[]
  set(scope: string, doneItemIds: string[]): DoneResult
}

export function createChecklistArea(ctx: StoreContext): ChecklistArea {
  return {
    get: (scope) => (isScope(scope) ? read(ctx, checklistKey(scope)) : []),
    set: (scope, doneItemIds) =>
      isScope(scope)
        ? write(ctx, checklistKey(scope), doneItemIds)
        : fail(storageMessages.checklistScope),
  }
}

/** The prevention settings the user has already done (FACTS P1-P6). */
export interface PreventionArea {
  get(): string[]
  set(doneItemIds: string[]): DoneResult
}

export function createPreventionArea(ctx: StoreContext): PreventionArea {
  return {
    get: () => read(ctx, PREVENTION_KEY),
    set: (doneItemIds) => write(ctx, PREVENTION_KEY, doneItemIds),
  }
}
