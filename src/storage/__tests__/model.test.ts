import fc from 'fast-check'
import { HOUR } from '../../domain/time'
import type { TransferCase } from '../../domain/transfer-case'
import { createMemoryKV } from '../kv'
import { openStore } from '../store'
import { fixedClock, T0, transfer } from './fixtures'

/** What a saved case should look like, kept by the simple model. */
interface ModelCase {
  id: string
  label?: string
  createdAt: number
  updatedAt: number
  transfer: TransferCase
}

type Op =
  | { kind: 'create'; label: string; transfer: TransferCase }
  | { kind: 'update'; pick: number; label: string; transfer: TransferCase }
  | { kind: 'remove'; pick: number }
  | { kind: 'removeUnknown' }
  | { kind: 'invalid'; amountFen: number }
  | { kind: 'list' }
  | { kind: 'refresh' }
  | { kind: 'tick'; ms: number }

const transferArb: fc.Arbitrary<TransferCase> = fc
  .record({
    method: fc.constantFrom('chat' as const, 'phone' as const),
    amountFen: fc.integer({ min: 1, max: 1_000_000_00 }),
    ago: fc.integer({ min: 0, max: 30 * 24 }),
    recipient: fc.constantFrom('accepted' as const, 'returned' as const, 'unknown' as const),
    cause: fc.constantFrom('mistaken' as const, 'fraud' as const, 'other' as const),
  })
  .map(({ ago, ...t }) => transfer({ ...t, sentAt: T0 - ago * HOUR }))

const labelArb = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 10 }).map((s) => s.trim()),
)

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), label: labelArb, transfer: transferArb }),
  fc.record({
    kind: fc.constant('update' as const),
    pick: fc.nat(),
    label: labelArb,
    transfer: transferArb,
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.constant({ kind: 'removeUnknown' as const }),
  fc.record({
    kind: fc.constant('invalid' as const),
    amountFen: fc.constantFrom(0, -5, 1.5, 1e15),
  }),
  fc.constant({ kind: 'list' as const }),
  fc.constant({ kind: 'refresh' as const }),
  // 0 ms keeps several saves in the same millisecond.
  fc.record({ kind: fc.constant('tick' as const), ms: fc.constantFrom(0, 0, 1, 1000) }),
)

const newestFirst = (a: ModelCase, b: ModelCase) =>
  b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

const withLabel = (c: ModelCase, label: string): ModelCase => {
  const out = { ...c }
  delete out.label
  return label ? { ...out, label } : out
}

describe('random save/remove/list sequences agree with a simple model', () => {
  test('store matches the model after every step, and after reopening', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const clock = fixedClock()
        const kv = createMemoryKV({ 'other-app:k': 'v' })
        const store = openStore(kv, clock.now)
        const model = new Map<string, ModelCase>()
        const ordered = () => [...model.values()].sort(newestFirst)
        const pickId = (pick: number) => {
          const ids = [...model.keys()]
          return ids.length ? ids[pick % ids.length] : undefined
        }

        for (const op of ops) {
          switch (op.kind) {
            case 'create': {
              const r = store.cases.save({ label: op.label, transfer: op.transfer })
              if (!r.ok) return false
              if (model.has(r.case.id)) return false
              const now = clock.now()
              model.set(
                r.case.id,
                withLabel(
                  { id: r.case.id, createdAt: now, updatedAt: now, transfer: op.transfer },
                  op.label,
                ),
              )
              break
            }
            case 'update': {
              const id = pickId(op.pick)
              if (!id) break
              const r = store.cases.save({ id, label: op.label, transfer: op.transfer })
              if (!r.ok) return false
              const prev = model.get(id) as ModelCase
              model.set(
                id,
                withLabel({ ...prev, updatedAt: clock.now(), transfer: op.transfer }, op.label),
              )
              break
            }
            case 'remove': {
              const id = pickId(op.pick)
              if (!id) break
              if (!store.cases.remove(id).ok) return false
              model.delete(id)
              break
            }
            case 'removeUnknown':
              if (!store.cases.remove('never-saved').ok) return false
              break
            case 'invalid':
              if (store.cases.save({ transfer: transfer({ amountFen: op.amountFen }) }).ok) {
                return false
              }
              break
            case 'refresh':
              store.refresh()
              break
            case 'tick':
              clock.advance(op.ms)
              break
            case 'list':
              break
          }
          expect(store.cases.list()).toEqual(ordered())
          for (const c of model.values()) expect(store.cases.get(c.id)).toEqual(c)
        }

        expect(openStore(kv, clock.now).cases.list()).toEqual(ordered())
        expect(store.quarantined()).toEqual([])
        expect(kv.get('other-app:k')).toBe('v')
        return true
      }),
      { numRuns: 150 },
    )
  })
})
