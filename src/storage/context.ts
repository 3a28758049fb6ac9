import { decode, readRaw, writeEnvelope, type Codec } from './envelope'
import type { KV } from './kv'
import type { Quarantine } from './quarantine'
import type { WriteResult } from './result'

/**
 * What every area of the store shares. `memo` caches decoded values per key so one page show
 * reads each key at most once; openStore().refresh() empties it.
 */
export interface StoreContext {
  kv: KV
  now: () => number
  quarantine: Quarantine
  memo: Map<string, unknown>
}

/**
 * Reads one key without the memo: missing → undefined; unreadable → quarantined, undefined;
 * older version → migrated and written back (best effort: if that write fails it is simply
 * migrated again next time).
 */
export function loadValue<T>(ctx: StoreContext, key: string, codec: Codec<T>): T | undefined {
  const loaded = loadChecked(ctx, key, codec)
  return loaded.ok ? loaded.value : undefined
}

/**
 * loadValue that tells a failed read (storage threw: the value may well be there) from a missing
 * or unreadable one, so a page can say "could not be read" rather than "there is none".
 */
export function loadChecked<T>(
  ctx: StoreContext,
  key: string,
  codec: Codec<T>,
): { ok: true; value: T | undefined } | { ok: false } {
  const read = readRaw(ctx.kv, key)
  if (!read.ok) return { ok: false }
  if (read.raw === undefined) return { ok: true, value: undefined }
  const decoded = decode(read.raw, codec)
  if (!decoded.ok) {
    ctx.quarantine.moveAside(key, read.raw, decoded.reason)
    return { ok: true, value: undefined }
  }
  if (decoded.migrated) writeEnvelope(ctx.kv, key, decoded.value)
  return { ok: true, value: decoded.value }
}

/** loadValue through the memo. */
export function readValue<T>(ctx: StoreContext, key: string, codec: Codec<T>): T | undefined {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T | undefined
  const value = loadValue(ctx, key, codec)
  ctx.memo.set(key, value)
  return value
}

/** Writes and, only when the write succeeded, updates the memo. */
export function writeValue(ctx: StoreContext, key: string, value: unknown): WriteResult {
  const result = writeEnvelope(ctx.kv, key, value)
  if (result.ok) ctx.memo.set(key, value)
  return result
}
