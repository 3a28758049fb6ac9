import { z } from 'zod'
import { truncate } from './bytes'
import { decode, readRaw, removeKey, writeEnvelope } from './envelope'
import { QUARANTINE_KEY } from './keys'
import type { KV } from './kv'

/** A stored value that could not be read, kept so the about page can show it. */
export interface QuarantineEntry {
  /** The key it was read from. */
  key: string
  /** When it was set aside (epoch ms). */
  at: number
  /** Why, in Chinese. */
  reason: string
  /** The raw value as text, truncated so this key itself stays small. */
  raw: string
}

/** Keep only the newest entries: the list is for explaining, not an archive. */
export const QUARANTINE_CAP = 20
/** 20 × ~2 000 characters stays far below the per-key limit even in 4-byte characters. */
export const RAW_PREVIEW_CHARS = 2000

const entrySchema = z.object({
  key: z.string().max(500),
  at: z.number().int().min(0),
  reason: z.string().max(500),
  raw: z.string().max(RAW_PREVIEW_CHARS + 100),
})
const codec = { schema: z.array(entrySchema).max(QUARANTINE_CAP) }

/** JSON text of the raw value, so '' , 'null' and null stay distinguishable. */
export function preview(raw: unknown): string {
  let text: string
  try {
    text = JSON.stringify(raw) ?? String(raw)
  } catch {
    text = String(raw)
  }
  return truncate(text, RAW_PREVIEW_CHARS)
}

export interface Quarantine {
  list(): QuarantineEntry[]
  /**
   * Records the bad value, then removes it from its key. When the record cannot be written the
   * bad value stays where it is (it is skipped on read and tried again later): never lost silently.
   */
  moveAside(key: string, raw: unknown, reason: string): void
  forget(): void
}

export function createQuarantine(kv: KV, now: () => number): Quarantine {
  let entries: QuarantineEntry[] | undefined

  function load(): QuarantineEntry[] {
    if (entries) return entries
    const read = readRaw(kv, QUARANTINE_KEY)
    if (!read.ok || read.raw === undefined) return (entries = [])
    const decoded = decode(read.raw, codec)
    if (decoded.ok) return (entries = decoded.value)
    // The list itself is damaged: keep what it held as one entry instead of dropping it.
    entries = [{ key: QUARANTINE_KEY, at: now(), reason: decoded.reason, raw: preview(read.raw) }]
    writeEnvelope(kv, QUARANTINE_KEY, entries)
    return entries
  }

  return {
    list: () => load().map((e) => ({ ...e })),
    moveAside(key, raw, reason) {
      const entry = { key, at: now(), reason: truncate(reason, 400), raw: preview(raw) }
      const next = [entry, ...load()].slice(0, QUARANTINE_CAP)
      if (!writeEnvelope(kv, QUARANTINE_KEY, next).ok) return
      entries = next
      removeKey(kv, key)
    },
    forget() {
      entries = undefined
    },
  }
}
