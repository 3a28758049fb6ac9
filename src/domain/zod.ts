import * as z from 'zod/mini'

/**
 * zod set up for phones, and the few schema parts the app adds to it. Every module with a schema
 * imports its parts from here (through src/domain), so this runs before any schema exists. Each
 * imports `zod/mini` itself too: webpack inlines `z.object` and friends, and leaves out the rest
 * of zod, only while the namespace is not passed on as a value.
 *
 * Where it can, zod compiles object parsers with `new Function`; WeChat forbids that on phones.
 * (zod/mini does not compile today, zod's full build does, and both share this setting.) zod reads
 * it when a schema is built, not when it runs, so it is set here, first: Jest, the simulate tests
 * and the phone then all take the same interpreted path.
 */
z.config({ jitless: true })

/**
 * A record with fields, as the app reads one: not null, not a list, and not a Date, Map, Set or
 * promise, which z.object would accept and read as an empty record. Class instances otherwise
 * pass, as they always have.
 */
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

/** An object schema that first refuses what isRecord refuses, with one issue at its own place. */
export const recordOnly = <Out, In>(schema: z.ZodMiniType<Out, In>) =>
  z.pipe(z.custom<In>(isRecord), schema)

/**
 * A list whose length is checked before its items: a list that is too long is at fault as a
 * whole, with no issue for each item.
 */
export const boundedArray = <S extends z.ZodMiniType>(item: S, max: number) =>
  z.pipe(
    z.custom<z.input<S>[]>((input) => Array.isArray(input) && input.length <= max),
    z.array(item),
  )

/** The check in place of zod's `z.int()`, which also caps at 2^53: any integer passes. */
export const integer = (error?: string) => z.refine(Number.isInteger, { error, abort: true })
