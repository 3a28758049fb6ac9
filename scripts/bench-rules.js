#!/usr/bin/env node
// Throughput of the rules module (src/domain): how many parseTransferCase and assessTransfer calls
// per second on a pre-generated, varied set of cases. Plain CommonJS: the TypeScript sources are
// compiled on require by typescript's transpileModule (no ts-node in this project).
/* eslint-disable no-console */
const fs = require('fs')
const path = require('path')
const ts = require('typescript')

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2019,
  esModuleInterop: true,
}
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8')
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename })
  module._compile(outputText, filename)
}

const { parseTransferCase, assessTransfer } = require(
  path.join(__dirname, '../src/domain/index.ts'),
)

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
// A fixed "now" keeps runs comparable; the rules never read the clock themselves.
const NOW = Date.UTC(2025, 5, 1, 4, 0, 0)
const SECONDS = Number(process.env.BENCH_SECONDS || 2)

// Deterministic PRNG (mulberry32) so every run measures the same cases.
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = rng(20250601)
const pick = (list) => list[Math.floor(random() * list.length)]
const ages = [0, 10 * MINUTE, 31 * MINUTE, 90 * MINUTE, 3 * HOUR, 23 * HOUR, 25 * HOUR, 40 * DAY]

function rawCase() {
  const method = pick(['chat', 'phone'])
  const recipient = pick(
    method === 'chat'
      ? ['pending', 'accepted', 'returned', 'unknown']
      : ['accepted', 'returned', 'unknown'],
  )
  const sentAt = NOW - pick(ages) - Math.floor(random() * 5 * MINUTE)
  const raw = {
    method,
    sentAt,
    amountFen: 1 + Math.floor(random() * 5000000),
    arrival: pick(['instant', 'delay2h', 'delay24h']),
    recipient,
    cause: pick(['mistaken', 'fraud', 'minor', 'account-stolen', 'other']),
  }
  if (method === 'chat' && recipient === 'accepted' && random() < 0.6) {
    raw.acceptedAt = Math.min(sentAt + Math.floor(random() * 3 * HOUR), NOW)
  }
  if (random() < 0.1) raw.crossBorder = true
  return raw
}

const raws = Array.from({ length: 10000 }, rawCase)
// Parse also sees broken input, as it would from a half-filled form or old storage.
const broken = [
  (r) => ({ ...r, amountFen: 0.5 }),
  (r) => ({ ...r, sentAt: NOW + HOUR }),
  (r) => ({ ...r, method: 'phone', recipient: 'pending' }),
  (r) => ({ ...r, cause: undefined }),
  (r) => JSON.stringify(r),
]
const inputs = raws.map((r, i) => (i % 10 === 0 ? pick(broken)(r) : r))
const cases = raws
  .map((raw) => parseTransferCase(raw, NOW))
  .filter((r) => r.ok)
  .map((r) => r.value)
if (cases.length === 0) throw new Error('no valid cases generated')

function measure(label, unit, items, fn) {
  const start = process.hrtime.bigint()
  const budget = BigInt(Math.round(SECONDS * 1e9))
  let n = 0
  let sink = 0
  while (process.hrtime.bigint() - start < budget) {
    for (let i = 0; i < 1000; i++) sink += fn(items[(n + i) % items.length])
    n += 1000
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  console.log(`${label}: ${Math.round(n / seconds).toLocaleString('en-US')} ${unit}/s`)
  return sink
}

console.log(`cases: ${cases.length} valid of ${raws.length} generated`)
measure('rules', 'assessments', cases, (c) => assessTransfer(c, NOW).actions.length)
measure('parse', 'parses', inputs, (raw) => (parseTransferCase(raw, NOW).ok ? 1 : 0))
