/**
 * A small validator for the few shapes the app reads from users and storage. A schema reads an
 * unknown value and returns a checked copy, or INVALID after recording why. Records are copied
 * field by field, so keys a shape does not name never reach the app: they are dropped, or with
 * `unknownKeys: 'refuse'` make the record invalid, or with 'keep' are copied as they are.
 *
 * Each value reports its first problem only; a record reports one per field, in the shape's order.
 * An issue's path names where it sits (field names and list positions); its message is the one the
 * schema was given for that check, or undefined where the caller words it.
 */

export type PathKey = string | number

export interface Issue {
  path: PathKey[]
  message?: string
}

export const INVALID: unique symbol = Symbol('invalid')
export type Invalid = typeof INVALID

export type Schema<T> = (input: unknown, path: PathKey[], issues: Issue[]) => T | Invalid

export type Infer<S> = S extends Schema<infer T> ? T : never

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] }

export function parse<T>(schema: Schema<T>, input: unknown): Parsed<T> {
  const issues: Issue[] = []
  const value = schema(input, [], issues)
  return value === INVALID || issues.length ? { ok: false, issues } : { ok: true, value }
}

/** Records an issue at `path` and returns INVALID, for schemas written by hand. */
export function invalid(issues: Issue[], path: PathKey[], message?: string): Invalid {
  issues.push({ path: [...path], message })
  return INVALID
}

/** A record with fields: not null, a list, a date, a map, a set or a promise. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Map) &&
    !(value instanceof Set) &&
    !isPromiseLike(value as { then?: unknown; catch?: unknown })
  )
}

function isPromiseLike(value: { then?: unknown; catch?: unknown }): boolean {
  return typeof value.then === 'function' && typeof value.catch === 'function'
}

export const unknown: Schema<unknown> = (input) => input

export function boolean(message?: string): Schema<boolean> {
  return (input, path, issues) =>
    typeof input === 'boolean' ? input : invalid(issues, path, message)
}

/** One of a fixed set of strings; every way of missing it gets the one message. */
export function oneOf<const T extends string>(values: readonly T[], message?: string): Schema<T> {
  return (input, path, issues) =>
    typeof input === 'string' && (values as readonly string[]).includes(input)
      ? (input as T)
      : invalid(issues, path, message)
}

export interface StringRules {
  /** Longest allowed, in UTF-16 code units (String.prototype.length): an emoji counts two. */
  max?: number
  pattern?: RegExp
}

export function string(rules: StringRules = {}, message?: string): Schema<string> {
  const { max, pattern } = rules
  return (input, path, issues) => {
    if (typeof input !== 'string') return invalid(issues, path, message)
    if (max !== undefined && input.length > max) return invalid(issues, path, message)
    if (pattern) {
      pattern.lastIndex = 0
      if (!pattern.test(input)) return invalid(issues, path, message)
    }
    return input
  }
}

export interface NumberRules {
  finite?: boolean
  int?: boolean
  /** Inclusive bounds. */
  min?: number
  max?: number
}

/** A message per way a number can be wrong; a missing one leaves that issue unworded. */
export interface NumberMessages {
  /** No value at all (undefined). */
  missing?: string
  /** Not a number, or NaN. */
  type?: string
  finite?: string
  int?: string
  min?: string
  max?: string
}

/** Checks run in the order finite, int, min, max; NaN is never a number. */
export function number(rules: NumberRules = {}, messages: NumberMessages = {}): Schema<number> {
  const { finite, int, min, max } = rules
  return (input, path, issues) => {
    if (typeof input !== 'number' || Number.isNaN(input)) {
      return invalid(issues, path, input === undefined ? messages.missing : messages.type)
    }
    if (finite && !Number.isFinite(input)) return invalid(issues, path, messages.finite)
    if (int && !Number.isInteger(input)) return invalid(issues, path, messages.int)
    if (min !== undefined && input < min) return invalid(issues, path, messages.min)
    if (max !== undefined && input > max) return invalid(issues, path, messages.max)
    return input
  }
}

/** Lets undefined through (a missing field); anything else must pass `schema`. */
export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return (input, path, issues) => (input === undefined ? undefined : schema(input, path, issues))
}

/** A list whose length is checked first (the whole list at fault), then each item in turn. */
export function array<T>(item: Schema<T>, rules: { max?: number } = {}): Schema<T[]> {
  return (input, path, issues) => {
    if (!Array.isArray(input)) return invalid(issues, path)
    if (rules.max !== undefined && input.length > rules.max) return invalid(issues, path)
    const out: T[] = []
    let ok = true
    input.forEach((value, i) => {
      const read = item(value, [...path, i], issues)
      if (read === INVALID) ok = false
      else out.push(read)
    })
    return ok ? out : INVALID
  }
}

export type Shape = Record<string, Schema<unknown>>
export type ObjectOf<S extends Shape> = { [K in keyof S]: Infer<S[K]> }

/**
 * A record with the fields of `shape`. A field missing from the input stays missing in the copy
 * (one given as undefined stays undefined). Keys the shape does not name are dropped ('drop', the
 * default), make the record invalid after its fields are checked ('refuse'), or are copied
 * ('keep').
 */
export function object<S extends Shape>(
  shape: S,
  options: { unknownKeys?: 'drop' | 'refuse' | 'keep' } = {},
): Schema<ObjectOf<S>> {
  const unknownKeys = options.unknownKeys ?? 'drop'
  const names = Object.keys(shape)
  return (input, path, issues) => {
    if (!isRecord(input)) return invalid(issues, path)
    const out: Record<string, unknown> = {}
    let ok = true
    for (const name of names) {
      const read = shape[name](input[name], [...path, name], issues)
      if (read === INVALID) ok = false
      else if (read !== undefined || name in input) out[name] = read
    }
    // Every enumerable key, inherited ones too: a record is read by what it shows.
    const extra: string[] = []
    for (const key in input) if (!names.includes(key)) extra.push(key)
    if (extra.length && unknownKeys === 'refuse') return invalid(issues, path)
    if (unknownKeys === 'keep') {
      // Copying a "__proto__" key would replace the copy's prototype: it is left out, and so is
      // an unnamed key holding undefined.
      for (const key of extra) {
        if (key !== '__proto__' && input[key] !== undefined) out[key] = input[key]
      }
    }
    return ok ? (out as ObjectOf<S>) : INVALID
  }
}
