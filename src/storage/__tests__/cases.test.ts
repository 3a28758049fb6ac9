import { DAY, HOUR } from '../../domain/time'
import { MAX_CASES } from '../cases'
import { createMemoryKV } from '../kv'
import { openStore } from '../store'
import { fixedClock, T0, transfer } from './fixtures'

describe('cases', () => {
  test('save creates, list is newest first, get returns a copy', () => {
    const clock = fixedClock()
    const store = openStore(createMemoryKV(), clock.now)
    const first = store.cases.save({ label: '  给房东的  ', transfer: transfer() })
    clock.advance(1000)
    const second = store.cases.save({ transfer: transfer({ recipient: 'accepted' }) })
    if (!first.ok || !second.ok) throw new Error('save failed')

    expect(first.case).toEqual({
      id: first.case.id,
      label: '给房东的',
      createdAt: T0,
      updatedAt: T0,
      transfer: transfer(),
    })
    expect(store.cases.list().map((c) => c.id)).toEqual([second.case.id, first.case.id])

    const copy = store.cases.get(first.case.id)
    if (!copy) throw new Error('missing')
    copy.transfer.amountFen = 1
    expect(store.cases.get(first.case.id)?.transfer.amountFen).toBe(52_000)
    expect(store.cases.get('nope')).toBeUndefined()
  })

  test('two saves in the same millisecond get different ids, in creation order', () => {
    const store = openStore(createMemoryKV(), fixedClock().now)
    const ids = Array.from({ length: 5 }, () => {
      const r = store.cases.save({ transfer: transfer() })
      return r.ok ? r.case.id : ''
    })
    expect(new Set(ids).size).toBe(5)
    expect(store.cases.list().map((c) => c.id)).toEqual([...ids].reverse())
  })

  test('a second store in the same millisecond does not reuse a stored id', () => {
    const kv = createMemoryKV()
    const a = openStore(kv, fixedClock().now).cases.save({ transfer: transfer() })
    const b = openStore(kv, fixedClock().now).cases.save({ transfer: transfer() })
    expect(a.ok && b.ok && a.case.id !== b.case.id).toBe(true)
    expect(openStore(kv, fixedClock().now).cases.list()).toHaveLength(2)
  })

  test('update keeps id and createdAt, replaces label and transfer', () => {
    const clock = fixedClock()
    const store = openStore(createMemoryKV(), clock.now)
    const created = store.cases.save({ label: '旧', transfer: transfer() })
    if (!created.ok) throw new Error('save failed')
    clock.advance(HOUR)
    const updated = store.cases.save({
      ...created.case,
      label: undefined,
      transfer: transfer({ recipient: 'returned' }),
    })
    expect(updated).toEqual({
      ok: true,
      case: {
        id: created.case.id,
        createdAt: T0,
        updatedAt: T0 + HOUR,
        transfer: transfer({ recipient: 'returned' }),
      },
    })
    expect(store.cases.list()).toHaveLength(1)
  })

  test('invalid input is refused with the rules module message, nothing written', () => {
    const kv = createMemoryKV()
    const store = openStore(kv, fixedClock().now)
    expect(store.cases.save({ transfer: transfer({ amountFen: 0 }) })).toEqual({
      ok: false,
      error: '金额必须大于 0',
    })
    expect(store.cases.save({ label: '长'.repeat(41), transfer: transfer() })).toEqual({
      ok: false,
      error: '备注最多 40 个字',
    })
    expect(store.cases.save({ id: 'missing', transfer: transfer() })).toMatchObject({ ok: false })
    expect(kv.keys()).toEqual([])
  })

  test('remove deletes the case with its checklist and details, and is idempotent', () => {
    const kv = createMemoryKV({ 'other-app:x': 1 })
    const store = openStore(kv, fixedClock().now)
    const saved = store.cases.save({ transfer: transfer() })
    if (!saved.ok) throw new Error('save failed')
    const id = saved.case.id
    store.checklist.set(id, ['call-110'])
    store.reportDetails.set(id, { transactionId: '1000050001202505010000000000' })
    store.checklist.set('scam-generic', ['freeze'])

    expect(store.cases.remove(id)).toEqual({ ok: true })
    expect(store.cases.remove(id)).toEqual({ ok: true })
    expect(store.cases.list()).toEqual([])
    expect(store.checklist.get(id)).toEqual([])
    expect(store.reportDetails.get(id)).toEqual({})
    expect(store.checklist.get('scam-generic')).toEqual(['freeze'])
    expect(kv.keys().sort()).toEqual(['other-app:x', 'tr:checklist:scam-generic'])
  })

  test(`cap: the ${MAX_CASES + 1}th new case is refused, nothing evicted; updates still work`, () => {
    const clock = fixedClock()
    const store = openStore(createMemoryKV(), clock.now)
    const ids: string[] = []
    for (let i = 0; i < MAX_CASES; i++) {
      const r = store.cases.save({ transfer: transfer({ recipient: 'returned' }) })
      if (!r.ok) throw new Error(r.error)
      ids.push(r.case.id)
      clock.advance(1)
    }
    const refused = store.cases.save({ transfer: transfer() })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error).toMatch(/上限.*删除/)
    expect(store.cases.list()).toHaveLength(MAX_CASES)

    expect(store.cases.save({ id: ids[0], transfer: transfer() }).ok).toBe(true)
    expect(store.cases.remove(ids[0]).ok).toBe(true)
    expect(store.cases.save({ transfer: transfer() }).ok).toBe(true)
  })

  test('a phone clock set back after saving does not set the cases aside', () => {
    const clock = fixedClock()
    const kv = createMemoryKV()
    const store = openStore(kv, clock.now)
    const saved = store.cases.save({ transfer: transfer({ sentAt: T0 - 60_000 }) })
    expect(saved.ok).toBe(true)
    clock.set(T0 - DAY)
    const reopened = openStore(kv, clock.now)
    expect(reopened.cases.list()).toHaveLength(1)
    expect(reopened.quarantined()).toEqual([])
  })
})
