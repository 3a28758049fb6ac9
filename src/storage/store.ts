import { fill } from '../content/fill'
import { storageMessages } from '../content/messages'
import { createCaseArea, type CaseArea } from './cases'
import type { StoreContext } from './context'
import {
  createChecklistArea,
  createPreventionArea,
  type ChecklistArea,
  type PreventionArea,
} from './done-items'
import { listKeys, removeKey } from './envelope'
import { PREFIX } from './keys'
import type { KV } from './kv'
import { createQuarantine, type Quarantine, type QuarantineEntry } from './quarantine'
import { createReportDetailsArea, type ReportDetailsArea } from './report-details'
import { fail, type WriteResult } from './result'
import { createSettingsArea, type SettingsArea } from './settings'

export interface Store {
  cases: CaseArea
  reportDetails: ReportDetailsArea
  checklist: ChecklistArea
  prevention: PreventionArea
  settings: SettingsArea
  /** Removes every `tr:` key and nothing else. */
  clearAll(): WriteResult<{ removed: number }>
  /** Values set aside because they could not be read, newest first (all of them). */
  quarantined(): QuarantineEntry[]
  /** The set-aside values: list, count, full text, delete, and what could not be set aside. */
  quarantine: QuarantineArea
  /**
   * Forgets what was read, so the next read comes from storage again. Pages call it on show:
   * within one show every key is read at most once, and writes keep the cache current.
   */
  refresh(): void
}

export type QuarantineArea = Pick<
  Quarantine,
  'list' | 'count' | 'text' | 'remove' | 'stuck' | 'readFailed'
>

/**
 * Opens the app's storage over a KV. Nothing is read until asked for, so opening is free at
 * launch (FACTS M2: heavy synchronous reads at startup slow it). Reads and writes never throw.
 */
export function openStore(kv: KV, now: () => number): Store {
  const quarantine = createQuarantine(kv, now)
  const ctx: StoreContext = { kv, now, quarantine, memo: new Map() }
  const cases = createCaseArea(ctx)

  function refresh() {
    ctx.memo.clear()
    cases.forget()
    quarantine.forget()
  }

  return {
    cases: {
      list: cases.list,
      get: cases.get,
      save: cases.save,
      remove: cases.remove,
      readFailed: cases.readFailed,
    },
    reportDetails: createReportDetailsArea(ctx),
    checklist: createChecklistArea(ctx),
    prevention: createPreventionArea(ctx),
    settings: createSettingsArea(ctx),
    clearAll() {
      const owned = listKeys(kv).filter((key) => key.startsWith(PREFIX))
      const failed = owned.filter((key) => !removeKey(kv, key)).length
      refresh()
      if (failed) return fail(fill(storageMessages.clearFailed, { count: failed }))
      return { ok: true, removed: owned.length }
    },
    quarantined: () => quarantine.list(),
    quarantine: {
      list: quarantine.list,
      count: quarantine.count,
      text: quarantine.text,
      remove: quarantine.remove,
      stuck: quarantine.stuck,
      readFailed: quarantine.readFailed,
    },
    refresh,
  }
}
