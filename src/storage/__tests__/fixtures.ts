import { HOUR } from '../../domain/time'
import type { TransferCase } from '../../domain/transfer-case'
import { createMemoryKV, type KV } from '../kv'

/** 2025-05-01 02:00 UTC: a fixed instant, the same in every time zone. */
export const T0 = Date.UTC(2025, 4, 1, 2, 0, 0)

export function fixedClock(start = T0) {
  let time = start
  return {
    now: () => time,
    advance(ms: number) {
      time += ms
    },
    set(ms: number) {
      time = ms
    },
  }
}

export const transfer = (over: Partial<TransferCase> = {}): TransferCase => ({
  method: 'chat',
  sentAt: T0 - HOUR,
  amountFen: 52_000,
  arrival: 'instant',
  recipient: 'pending',
  cause: 'mistaken',
  ...over,
})

export const envelope = (data: unknown, v = 1) => ({ v, data })

export const storedCase = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  createdAt: T0 - 2 * HOUR,
  updatedAt: T0 - 2 * HOUR,
  transfer: transfer(),
  ...over,
})

/** A memory KV that counts calls and can be told to fail its next writes. */
export function countingKV(inner: KV = createMemoryKV()) {
  const counts = { get: 0, set: 0, remove: 0, keys: 0 }
  let failingSets = 0
  const kv: KV = {
    get(key) {
      counts.get++
      return inner.get(key)
    },
    set(key, value) {
      counts.set++
      if (failingSets > 0) {
        failingSets--
        throw new Error('setStorageSync:fail exceed storage max size 10MB')
      }
      inner.set(key, value)
    },
    remove(key) {
      counts.remove++
      inner.remove(key)
    },
    keys() {
      counts.keys++
      return inner.keys()
    },
  }
  return {
    kv,
    inner,
    counts,
    failNextSets(n = 1) {
      failingSets = n
    },
    reads: () => counts.get + counts.keys,
  }
}

/** Every key and raw value, for "nothing else changed" checks. */
export const dump = (kv: KV) => Object.fromEntries(kv.keys().map((k) => [k, kv.get(k)]))
