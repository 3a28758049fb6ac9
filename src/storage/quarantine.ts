import * as z from 'zod/mini'
import { fill } from '../content/fill'
import { storageMessages as m } from '../content/messages'
import { integer, recordOnly } from '../domain'
import { truncate } from './bytes'
import { decode, readKeys, readRaw, removeKey, writeEnvelope } from './envelope'
import {
  ASIDE_PART_PREFIX,
  ASIDE_PREFIX,
  asideKey,
  asidePartKey,
  LEGACY_QUARANTINE_KEY,
} from './keys'
import type { KV } from './kv'
import { fail, type WriteResult } from './result'

/**
 * A stored value that could not be read, set aside so the about page can show it. The promise is
 * that the original survives until the user deletes it on purpose, so:
 * - each set-aside value has its own key (`tr:aside:<id>`): one damaged record costs nothing
 *   else, and setting a value aside never rewrites (so can never overwrite) the others;
 * - its whole text is kept; a large one is split over `tr:aside-part:<id>:<n>` keys, each far
 *   below WeChat's 1 MB per key (FACTS M2);
 * - the source key is removed only after the copy is written; when the copy cannot be written
 *   (storage full) the source stays where it is and `stuck()` says so;
 * - there is no cap: nothing is ever dropped to make room.
 */
export interface QuarantineEntry {
  /** Its own id, for copying and deleting. */
  id: string
  /** The key it was read from. */
  key: string
  /** When it was set aside (epoch ms); undefined when that time itself was damaged. */
  at?: number
  /** Why, in Chinese. */
  reason: string
  /** The start of its raw text, enough to recognise it (the full text comes from `text(id)`). */
  preview: string
  /** Length of the full raw text, in characters. */
  chars: number
}

/** A value that could not be read and could not be set aside either: it is still in its key. */
export interface StuckValue {
  key: string
  reason: string
}

/** Texts up to this many characters sit in the entry's own key. */
export const INLINE_CHARS = 50_000
/**
 * Larger texts are split into parts of this many characters. Even if every character took 6 bytes
 * once stored (a control character written as \u0001, escaped again), a part stays near 600 KB,
 * under the store's 900 KB per value.
 */
export const PART_CHARS = 100_000
export const PREVIEW_CHARS = 200

export interface Quarantine {
  /** Every set-aside value, newest first. */
  list(): QuarantineEntry[]
  /** How many values are set aside, without reading them. */
  count(): number
  /** The full raw text of one entry. */
  text(id: string): { ok: true; text: string } | { ok: false; error: string }
  /** Deletes one entry on the user's request. */
  remove(id: string): WriteResult
  /** Values left in place this show because they could not be set aside. */
  stuck(): StuckValue[]
  /** True when the last read of the list failed: what `list()` returned may be incomplete. */
  readFailed(): boolean
  /**
   * Keeps a copy of the bad value, then removes it from its key. Answers false when it could not
   * (the list could not be read, or storage is full): then the bad value stays where it is, is
   * skipped on read, and is tried again on a later show. Never lost silently.
   */
  moveAside(key: string, raw: unknown, reason: string): boolean
  forget(): void
}

interface Loaded {
  entry: QuarantineEntry
  /** The full text when it is kept in the entry's own key. */
  text?: string
  /** The number of part keys when it is not. */
  parts?: number
}

interface NewRecord {
  key: string
  at: number
  reason: string
  text: string
}

/** JSON text of the raw value, so '', 'null' and null stay distinguishable. */
export function rawText(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw)
  } catch {
    return String(raw)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isPartCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1000

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** Splits text into parts of at most PART_CHARS, never between the halves of an emoji. */
function split(text: string): string[] {
  const parts: string[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + PART_CHARS)
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end--
    parts.push(text.slice(start, end))
    start = end
  }
  return parts
}

/**
 * Reads one stored entry without trusting its shape: whatever fields are sound are used, and a
 * record that is itself damaged still lists (with its own raw text), so it can be copied or
 * deleted like any other. One bad entry never hides the others.
 */
function parseRecord(id: string, raw: unknown): Loaded {
  let value = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      value = undefined
    }
  }
  const data = isObject(value) && isObject(value.data) ? value.data : {}
  const intact =
    typeof data.key === 'string' &&
    typeof data.reason === 'string' &&
    (typeof data.text === 'string' || isPartCount(data.parts))
  const text = typeof data.text === 'string' ? data.text : undefined
  const parts = text === undefined && isPartCount(data.parts) ? data.parts : undefined
  const full = intact ? text : rawText(raw)
  const chars =
    full !== undefined
      ? full.length
      : typeof data.chars === 'number' && data.chars >= 0
        ? data.chars
        : 0
  const at = typeof data.at === 'number' && Number.isFinite(data.at) ? data.at : undefined
  return {
    entry: {
      id,
      key: intact ? (data.key as string) : asideKey(id),
      at,
      reason: intact ? (data.reason as string) : m.asideDamaged,
      preview: full !== undefined ? truncate(full, PREVIEW_CHARS) : '',
      chars,
    },
    text: full,
    parts: intact ? parts : undefined,
  }
}

/** Entries written by the older single-list layout (at most 20, text cut at 2,000 characters). */
const legacyEntry = recordOnly(
  z.object({
    key: z.string(),
    at: z.number().check(integer(), z.minimum(0)),
    reason: z.string(),
    raw: z.string(),
  }),
)
const legacyCodec = { schema: z.array(z.unknown()) }
const partCodec = { schema: z.string() }

export function createQuarantine(kv: KV, now: () => number): Quarantine {
  let cache: Map<string, Loaded> | undefined
  let failed = false
  let counter = 0
  const stuck = new Map<string, string>()

  function writeRecord(id: string, record: NewRecord): Loaded | undefined {
    const { key, at, reason, text } = record
    const head = { key, at, reason, chars: text.length }
    const entry: QuarantineEntry = { id, ...head, preview: truncate(text, PREVIEW_CHARS) }
    if (text.length <= INLINE_CHARS) {
      return writeEnvelope(kv, asideKey(id), { ...head, text }).ok ? { entry, text } : undefined
    }
    // Parts first, the entry last: an entry key only exists once its whole text is stored.
    const pieces = split(text)
    const undo = (upTo: number) => {
      for (let i = 0; i < upTo; i++) removeKey(kv, asidePartKey(id, i))
    }
    for (let i = 0; i < pieces.length; i++) {
      if (!writeEnvelope(kv, asidePartKey(id, i), pieces[i]).ok) {
        undo(i)
        return undefined
      }
    }
    if (!writeEnvelope(kv, asideKey(id), { ...head, parts: pieces.length }).ok) {
      undo(pieces.length)
      return undefined
    }
    return { entry, parts: pieces.length }
  }

  /**
   * Moves the older single-list layout into one key per entry. Entry ids are fixed (legacy0…), so
   * a migration interrupted half-way simply writes the same keys again next time; the old key is
   * removed only once every entry is stored.
   */
  function migrateLegacy(): boolean {
    const read = readRaw(kv, LEGACY_QUARANTINE_KEY)
    if (!read.ok) return false
    if (read.raw === undefined) return true
    const at = now()
    const records: Array<NewRecord & { id: string }> = []
    const decoded = decode(read.raw, legacyCodec)
    if (decoded.ok) {
      decoded.value.forEach((item, i) => {
        const old = z.safeParse(legacyEntry, item)
        records.push(
          old.success
            ? { id: `legacy${i}`, ...old.data, text: old.data.raw }
            : {
                id: `legacy${i}`,
                key: LEGACY_QUARANTINE_KEY,
                at,
                reason: m.legacyItem,
                text: rawText(item),
              },
        )
      })
    } else {
      records.push({
        id: 'legacy',
        key: LEGACY_QUARANTINE_KEY,
        at,
        reason: fill(m.legacyList, { reason: decoded.reason }),
        text: rawText(read.raw),
      })
    }
    for (const { id, ...record } of records) {
      if (!writeRecord(id, record)) {
        stuck.set(LEGACY_QUARANTINE_KEY, m.asideFull)
        return true
      }
    }
    removeKey(kv, LEGACY_QUARANTINE_KEY)
    return true
  }

  /** Reads every entry once per show; undefined (and nothing cached) when storage fails. */
  function load(): Map<string, Loaded> | undefined {
    if (cache) return cache
    let keys = readKeys(kv)
    let legacyRead = true
    if (keys && keys.includes(LEGACY_QUARANTINE_KEY)) {
      legacyRead = migrateLegacy()
      keys = readKeys(kv)
    }
    if (!keys) {
      failed = true
      return undefined
    }
    failed = !legacyRead
    const found = new Map<string, Loaded>()
    for (const key of keys) {
      if (!key.startsWith(ASIDE_PREFIX)) continue
      const id = key.slice(ASIDE_PREFIX.length)
      const read = readRaw(kv, key)
      if (!read.ok) failed = true
      else if (read.raw !== undefined) found.set(id, parseRecord(id, read.raw))
    }
    sweepOrphanParts(keys)
    return (cache = found)
  }

  /** Parts whose entry key is gone (the app stopped between writing parts and the entry). */
  function sweepOrphanParts(keys: string[]) {
    const entryIds = new Set(
      keys.filter((k) => k.startsWith(ASIDE_PREFIX)).map((k) => k.slice(ASIDE_PREFIX.length)),
    )
    for (const key of keys) {
      if (!key.startsWith(ASIDE_PART_PREFIX)) continue
      const rest = key.slice(ASIDE_PART_PREFIX.length)
      if (!entryIds.has(rest.slice(0, rest.lastIndexOf(':')))) removeKey(kv, key)
    }
  }

  function fullText(loaded: Loaded): string | undefined {
    if (loaded.text !== undefined) return loaded.text
    if (!loaded.parts) return undefined
    let text = ''
    for (let i = 0; i < loaded.parts; i++) {
      const read = readRaw(kv, asidePartKey(loaded.entry.id, i))
      if (!read.ok) return undefined
      const decoded = decode(read.raw, partCodec)
      if (!decoded.ok) return undefined
      text += decoded.value
    }
    return text
  }

  /** Time in base 36 plus a counter, both padded so ids sort in the order they were made. */
  function newId(taken: Map<string, Loaded>, at: number): string {
    const time = Math.max(0, Math.floor(at)).toString(36).padStart(9, '0')
    for (;;) {
      counter = (counter + 1) % 36 ** 4
      const id = `${time}${counter.toString(36).padStart(4, '0')}`
      if (!taken.has(id)) return id
    }
  }

  const newestFirst = (a: Loaded, b: Loaded) =>
    (b.entry.at ?? -Infinity) - (a.entry.at ?? -Infinity) ||
    (a.entry.id < b.entry.id ? 1 : a.entry.id > b.entry.id ? -1 : 0)

  return {
    list() {
      const loaded = load()
      return loaded ? [...loaded.values()].sort(newestFirst).map((l) => ({ ...l.entry })) : []
    },
    count() {
      if (cache) return cache.size
      const keys = readKeys(kv)
      if (!keys || keys.includes(LEGACY_QUARANTINE_KEY)) return load()?.size ?? 0
      return keys.filter((k) => k.startsWith(ASIDE_PREFIX)).length
    },
    text(id) {
      const loaded = load()?.get(id)
      if (!loaded) return fail(m.asideNotFound)
      const text = fullText(loaded)
      return text === undefined ? fail(m.asidePartUnreadable) : { ok: true, text }
    },
    remove(id) {
      const loaded = load()
      if (!loaded) return fail(m.asideListUnreadable)
      const found = loaded.get(id)
      if (!found) return { ok: true }
      // The entry key first: once it is gone nothing lists the parts, and a part left behind is
      // swept on a later read.
      if (!removeKey(kv, asideKey(id))) return fail(m.deleteFailed)
      for (let i = 0; i < (found.parts ?? 0); i++) removeKey(kv, asidePartKey(id, i))
      loaded.delete(id)
      return { ok: true }
    },
    stuck: () => [...stuck].map(([key, reason]) => ({ key, reason })),
    readFailed: () => failed,
    moveAside(key, raw, reason) {
      const loaded = load()
      // Without the list we cannot tell whether this value is already kept: write nothing.
      if (!loaded || failed) {
        stuck.set(key, m.asideUnreadable)
        return false
      }
      const text = rawText(raw)
      // Already kept (its key could not be removed last time): only remove the source now.
      for (const l of loaded.values()) {
        if (l.entry.key === key && l.entry.chars === text.length && fullText(l) === text) {
          removeKey(kv, key)
          stuck.delete(key)
          return true
        }
      }
      const at = now()
      const id = newId(loaded, at)
      const written = writeRecord(id, { key, at, reason: truncate(reason, 400), text })
      if (!written) {
        stuck.set(key, m.asideFull)
        return false
      }
      loaded.set(id, written)
      stuck.delete(key)
      removeKey(kv, key)
      return true
    },
    forget() {
      cache = undefined
      failed = false
      stuck.clear()
    },
  }
}
