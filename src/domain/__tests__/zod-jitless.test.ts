// WeChat forbids `new Function` on phones; zod compiles object parsers with it wherever it can,
// Node included, unless `jitless` is set. These tests count every call of the Function
// constructor while schemas are built and run, so Jest and the simulate tests are known to take
// the interpreted path phones take. zod's full build (`zod`) compiles; `zod/mini`, which the app
// ships, does not today, and the setting keeps it that way whatever a later version does.
const RealFunction = Function
let calls = 0

beforeEach(() => {
  calls = 0
  // zod keeps its settings on the global object; each test starts from none.
  delete (globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig
  globalThis.Function = function (...args: string[]) {
    calls++
    return RealFunction(...args)
  } as FunctionConstructor
})

afterEach(() => {
  globalThis.Function = RealFunction
})

const validCase = {
  method: 'chat',
  sentAt: Date.UTC(2025, 4, 1, 1),
  amountFen: 52_000,
  arrival: 'instant',
  recipient: 'pending',
  cause: 'mistaken',
}

/** Builds and runs an object schema with zod's full build, which compiles where it may. */
function runFullZod() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { z } = require('zod') as typeof import('zod')
  const schema = z.object({ a: z.string(), b: z.optional(z.number()) })
  for (let i = 0; i < 3; i++) expect(schema.safeParse({ a: 'x', b: i }).success).toBe(true)
}

test('without the setting, zod compiles an object parser with new Function in Node', () => {
  jest.isolateModules(runFullZod)
  expect(calls).toBeGreaterThan(0)
})

test('once any app schema module loads, jitless is on for every zod in the process', () => {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../storage/settings')
    runFullZod()
  })
  expect(calls).toBe(0)
})

test('the app builds and runs every schema without calling new Function', () => {
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { parseTransferCase } = require('../transfer-case') as typeof import('../transfer-case')
    const storage = require('../../storage') as typeof import('../../storage')
    /* eslint-enable @typescript-eslint/no-require-imports */
    const now = Date.UTC(2025, 4, 1, 2)
    expect(parseTransferCase(validCase, now).ok).toBe(true)
    expect(parseTransferCase({ ...validCase, amountFen: 0.5 }, now).ok).toBe(false)

    // Every storage area reads a stored value and takes a write; the legacy list and a version-0
    // case are migrated, so the quarantine's and the migration's schemas run too.
    const kv = storage.createMemoryKV({
      'tr:case:c1': {
        v: 1,
        data: { id: 'c1', createdAt: now, updatedAt: now, transfer: validCase },
      },
      'tr:case:c0': {
        id: 'c0',
        createdAt: '2025-05-01T01:00:00.000Z',
        updatedAt: '2025-05-01T01:00:00.000Z',
        transfer: {
          ...validCase,
          amountFen: undefined,
          amountYuan: 520,
          sentAt: '2025-05-01T00:00:00Z',
        },
      },
      'tr:settings': { v: 1, data: { largeText: true } },
      'tr:checklist:c1': { v: 1, data: ['call-110'] },
      'tr:prevention': { v: 1, data: ['p1'] },
      'tr:details:c1': { v: 1, data: { story: '对方自称客服' } },
      'tr:quarantine': { v: 1, data: [{ key: 'tr:case:x', at: now, reason: 'old', raw: '{}' }] },
    })
    const store = storage.openStore(kv, () => now)
    expect(store.cases.list().map((c) => c.id)).toEqual(['c1', 'c0'])
    expect(store.settings.get()).toEqual({ largeText: true })
    expect(store.checklist.get('c1')).toEqual(['call-110'])
    expect(store.prevention.set(['p1', 'p2']).ok).toBe(true)
    expect(store.reportDetails.get('c1')).toEqual({ story: '对方自称客服' })
    expect(store.reportDetails.set('c1', { recipientName: '李' }).ok).toBe(true)
    expect(store.settings.set({ largeText: false }).ok).toBe(true)
    expect(store.quarantined().map((e) => e.reason)).toContain('old')
  })
  expect(calls).toBe(0)
})
