// Shared builders for the domain tests (not a test file itself).
import {
  ARRIVAL_SETTINGS,
  RECIPIENT_STATES,
  TRANSFER_CAUSES,
  TRANSFER_METHODS,
  assessTransfer,
  type Assessment,
  type TransferCase,
} from '..'
import { parseTransferCase } from '../transfer-case'

/** 2025-06-01 12:00 Beijing time, a fixed "now" for the table tests. */
export const NOW = Date.UTC(2025, 5, 1, 4, 0, 0)

export const METHODS = TRANSFER_METHODS
export const ARRIVALS = ARRIVAL_SETTINGS
export const RECIPIENTS = RECIPIENT_STATES
export const CAUSES = TRANSFER_CAUSES

export function makeCase(overrides: Partial<TransferCase> = {}): TransferCase {
  return {
    method: 'chat',
    sentAt: NOW - 60 * 60 * 1000,
    amountFen: 50000,
    arrival: 'instant',
    recipient: 'pending',
    cause: 'mistaken',
    ...overrides,
  }
}

/** Parses first, as the app does, so a test cannot assess a case the app would reject. */
export function assess(overrides: Partial<TransferCase>, now = NOW): Assessment {
  const parsed = parseTransferCase(makeCase(overrides), now)
  if (!parsed.ok) throw new Error(`test case rejected: ${JSON.stringify(parsed.errors)}`)
  return assessTransfer(parsed.value, now)
}

export const actionIds = (a: Assessment) => a.actions.map((x) => x.id)
export const noteIds = (a: Assessment) => a.notes.map((x) => x.id)
export const deadlineKinds = (a: Assessment) => a.deadlines.map((x) => x.kind)

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * Moments after sending on both sides of every boundary the rules know: before sending (a wrong
 * clock), the 30-minute emergency stop, the 2 h and 24 h delays and returns, the 3-year limit.
 */
export const BOUNDARY_OFFSETS = [
  -4 * MINUTE,
  0,
  10 * MINUTE,
  40 * MINUTE,
  90 * MINUTE,
  3 * HOUR,
  23 * HOUR,
  25 * HOUR,
  2 * DAY,
  400 * DAY,
  4 * 365 * DAY,
] as const

/** Every valid combination of the choices, at a spread of moments after sending. */
export function spreadOfCases(offsets: readonly number[]): { c: TransferCase; now: number }[] {
  const out: { c: TransferCase; now: number }[] = []
  for (const method of METHODS)
    for (const arrival of ARRIVALS)
      for (const recipient of RECIPIENTS)
        for (const cause of CAUSES)
          for (const crossBorder of [undefined, true])
            for (const amountFen of [100, 5_000_000])
              for (const offset of offsets) {
                const sentAt = NOW - offset
                const c = makeCase({
                  method,
                  arrival,
                  recipient,
                  cause,
                  crossBorder,
                  amountFen,
                  sentAt,
                })
                const acceptedAt = Math.min(sentAt + 10 * 60 * 1000, NOW)
                for (const candidate of [c, { ...c, acceptedAt }]) {
                  const parsed = parseTransferCase(candidate, NOW)
                  if (parsed.ok) out.push({ c: parsed.value, now: NOW })
                }
              }
  return out
}
