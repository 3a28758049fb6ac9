import * as z from 'zod/mini'
import { fill } from '../content/fill'
import { integer, recordOnly } from '../domain'
import { storageMessages as m } from '../content/messages'
import { utf8Length } from './bytes'
import type { KV } from './kv'
import { fail, type WriteResult } from './result'

/** The version every value is written with. Bump it with a migration in the area's codec. */
export const CURRENT_VERSION = 1

/** WeChat refuses more than 1 MB per key (FACTS M2); stop well before so a write never half-fails. */
export const MAX_VALUE_BYTES = 900 * 1024

export type Check<T> = { ok: true; value: T } | { ok: false; reason: string }

/** How one area's values are read: the current shape, older shapes, and rules beyond shape. */
export interface Codec<T> {
  schema: z.ZodMiniType<T>
  /**
   * Turns data of an older version into current-version data (still checked by `schema` after).
   * Version 0 is a bare value written before envelopes existed.
   */
  migrate?: (version: number, data: unknown) => Check<unknown>
  /** Rules the shape cannot express (e.g. the transfer rules module). */
  refine?: (value: T) => Check<T>
}

export type Decoded<T> = { ok: true; value: T; migrated: boolean } | { ok: false; reason: string }

// A missing `data` reads as undefined (and the area's schema then refuses it), not as no version.
const envelopeSchema = recordOnly(
  z.object({ v: z.number().check(integer(), z.minimum(0)), data: z.optional(z.unknown()) }),
)

const isPlainObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw)

/** Turns a stored raw value into checked current data, or says in Chinese why it cannot. */
export function decode<T>(raw: unknown, codec: Codec<T>): Decoded<T> {
  let value = raw
  // WeChat keeps objects as objects, but a value edited in the devtools storage panel or written
  // by hand arrives as JSON text: accept it, and rewrite it as an object.
  let fromText = false
  if (typeof raw === 'string') {
    if (raw.trim() === '') return { ok: false, reason: m.empty }
    try {
      value = JSON.parse(raw)
      fromText = true
    } catch {
      return { ok: false, reason: m.truncated }
    }
  }
  if (!isPlainObject(value))
    return { ok: false, reason: fill(m.notObject, { what: describe(value) }) }

  let version: number
  let data: unknown
  if (!('v' in value) && codec.migrate) {
    version = 0
    data = value
  } else {
    const envelope = z.safeParse(envelopeSchema, value)
    if (!envelope.success) return { ok: false, reason: m.noVersion }
    version = envelope.data.v
    data = envelope.data.data
  }
  if (version > CURRENT_VERSION) {
    return { ok: false, reason: fill(m.newerVersion, { version }) }
  }
  if (version < CURRENT_VERSION) {
    if (!codec.migrate) return { ok: false, reason: fill(m.olderVersion, { version }) }
    const migrated = codec.migrate(version, data)
    if (!migrated.ok) return migrated
    data = migrated.value
  }

  const parsed = z.safeParse(codec.schema, data)
  if (!parsed.success)
    return { ok: false, reason: fill(m.badShape, { issue: issueText(parsed.error.issues) }) }
  const refined = codec.refine
    ? codec.refine(parsed.data)
    : { ok: true as const, value: parsed.data }
  if (!refined.ok) return refined
  return { ok: true, value: refined.value, migrated: fromText || version < CURRENT_VERSION }
}

function describe(value: unknown): string {
  if (value === null) return m.isNull
  if (Array.isArray(value)) return m.isList
  return fill(m.isOther, { type: typeof value })
}

function issueText(issues: z.core.$ZodIssue[]): string {
  const issue = issues[0]
  const field = issue.path.map(String).join('.')
  return field ? fill(m.badField, { field }) : m.badWhole
}

/**
 * Writes current-version data. Refuses values over MAX_VALUE_BYTES before touching storage, and
 * turns a throwing write (quota, per-key limit) into a result: WeChat leaves the old value in
 * place when a write fails, so the caller's previous data is still there.
 */
export function writeEnvelope(kv: KV, key: string, data: unknown): WriteResult {
  const envelope = { v: CURRENT_VERSION, data }
  let bytes: number
  try {
    bytes = utf8Length(JSON.stringify(envelope))
  } catch {
    return fail(m.unserializable)
  }
  if (bytes > MAX_VALUE_BYTES) {
    const size = Math.ceil(bytes / 1024)
    return fail(fill(m.tooLarge, { size, limit: MAX_VALUE_BYTES / 1024 }))
  }
  try {
    kv.set(key, envelope)
    return { ok: true }
  } catch {
    return fail(m.writeFailed)
  }
}

/** Reads a raw value; a KV that throws reads as "cannot tell", never as a crash. */
export function readRaw(kv: KV, key: string): { ok: true; raw: unknown } | { ok: false } {
  try {
    return { ok: true, raw: kv.get(key) }
  } catch {
    return { ok: false }
  }
}

export function removeKey(kv: KV, key: string): boolean {
  try {
    kv.remove(key)
    return true
  } catch {
    return false
  }
}

export function listKeys(kv: KV): string[] {
  return readKeys(kv) ?? []
}

/** The stored keys, or undefined when storage could not list them (a failure, not "no keys"). */
export function readKeys(kv: KV): string[] | undefined {
  try {
    const keys = kv.keys()
    return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : undefined
  } catch {
    return undefined
  }
}
