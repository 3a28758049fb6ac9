import { createMemoryKV } from '../kv'
import { openStore } from '../store'
import { countingKV, fixedClock, T0 } from './fixtures'

/** A case as version 0 wrote it: no envelope, yuan as a float, ISO times. */
const v0 = {
  id: 'old1',
  label: '转错给同名的人',
  createdAt: '2025-04-30T12:00:00.000Z',
  updatedAt: '2025-04-30T12:05:00.000Z',
  transfer: {
    method: 'chat',
    sentAt: '2025-04-30T11:58:30.000Z',
    amountYuan: 19.99,
    arrival: 'delay2h',
    recipient: 'accepted',
    acceptedAt: '2025-04-30T20:00:00+08:00',
    cause: 'mistaken',
  },
}

describe('migration v0 → v1', () => {
  test('a v0 case is read as v1 and written back in the envelope', () => {
    const counting = countingKV(createMemoryKV({ 'tr:case:old1': v0 }))
    const store = openStore(counting.kv, fixedClock().now)

    const expected = {
      id: 'old1',
      label: '转错给同名的人',
      createdAt: Date.UTC(2025, 3, 30, 12, 0, 0),
      updatedAt: Date.UTC(2025, 3, 30, 12, 5, 0),
      transfer: {
        method: 'chat',
        sentAt: Date.UTC(2025, 3, 30, 11, 58, 30),
        amountFen: 1999,
        arrival: 'delay2h',
        recipient: 'accepted',
        acceptedAt: Date.UTC(2025, 3, 30, 12, 0, 0),
        cause: 'mistaken',
      },
    }
    expect(store.cases.list()).toEqual([expected])
    expect(counting.inner.get('tr:case:old1')).toEqual({ v: 1, data: expected })
    expect(store.quarantined()).toEqual([])

    // Once migrated, the next read writes nothing.
    const writes = counting.counts.set
    expect(openStore(counting.kv, fixedClock().now).cases.list()).toEqual([expected])
    expect(counting.counts.set).toBe(writes)
  })

  test('a v0 case whose amount has more than two decimals is set aside, not guessed', () => {
    const kv = createMemoryKV({
      'tr:case:old1': { ...v0, transfer: { ...v0.transfer, amountYuan: 12.345 } },
    })
    const store = openStore(kv, fixedClock().now)
    expect(store.cases.list()).toEqual([])
    expect(store.quarantined()[0]).toMatchObject({ key: 'tr:case:old1', at: T0 })
    expect(store.quarantined()[0].reason).toMatch(/版本 0.*金额/)
  })

  test('a v0 case with a zone-less time is set aside (it would depend on the time zone)', () => {
    const kv = createMemoryKV({ 'tr:case:old1': { ...v0, createdAt: '2025-04-30T12:00:00' } })
    const store = openStore(kv, fixedClock().now)
    expect(store.cases.list()).toEqual([])
    expect(store.quarantined()[0].reason).toMatch(/版本 0/)
  })

  test('envelope stored as JSON text (devtools edit) is read and rewritten as an object', () => {
    const kv = createMemoryKV({
      'tr:settings': JSON.stringify({ v: 1, data: { largeText: true } }),
    })
    const store = openStore(kv, fixedClock().now)
    expect(store.settings.get()).toEqual({ largeText: true })
    expect(kv.get('tr:settings')).toEqual({ v: 1, data: { largeText: true } })
  })
})
