/**
 * The smallest storage surface the store needs. WeChat storage (through Taro) and the in-memory
 * test double both fit it, so every rule of the store is tested without a phone.
 */
export interface KV {
  /** The stored value, or undefined when the key is missing. */
  get(key: string): unknown
  /** May throw (quota full, value over WeChat's 1 MB per key): the store catches it. */
  set(key: string, value: unknown): void
  remove(key: string): void
  keys(): string[]
}

/**
 * WeChat stores a copy, not a reference: a JSON round trip gives tests the same behaviour
 * (later mutations of the caller's object must not reach storage, and vice versa).
 */
function copy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value))
}

/** In-memory KV for tests; `initial` seeds it with raw values (bad ones too). */
export function createMemoryKV(initial: Record<string, unknown> = {}): KV {
  const data = new Map<string, unknown>()
  for (const [key, value] of Object.entries(initial)) data.set(key, copy(value))
  return {
    get: (key) => copy(data.get(key)),
    set: (key, value) => {
      data.set(key, copy(value))
    },
    remove: (key) => {
      data.delete(key)
    },
    keys: () => [...data.keys()],
  }
}
