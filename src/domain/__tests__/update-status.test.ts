import { HOUR, MINUTE } from '..'
import {
  UPDATE_FALLBACK_MESSAGE,
  canMarkAccepted,
  canMarkReturned,
  markAcceptedAt,
  markAcceptedUnknown,
  markReturned,
} from '../update-status'
import { NOW, makeCase } from './cases'

const pad = (n: number) => String(n).padStart(2, '0')
/** The pickers' local 'YYYY-MM-DD' and 'HH:mm' for an instant. */
function pickers(ms: number) {
  const d = new Date(ms)
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  }
}

const pending = makeCase({ method: 'chat', recipient: 'pending', sentAt: NOW - HOUR })

describe('更新状态 rules', () => {
  it('records a return and drops any receipt time', () => {
    const accepted = { ...pending, recipient: 'accepted' as const, acceptedAt: NOW - 30 * MINUTE }
    const r = markReturned(accepted, NOW)
    expect(r).toMatchObject({ ok: true, recorded: { kind: 'returned' } })
    if (r.ok) {
      expect(r.transfer.recipient).toBe('returned')
      expect(r.transfer.acceptedAt).toBeUndefined()
    }
  })

  it('records the acceptance time read from the bill, never an assumed one', () => {
    const at = NOW - 30 * MINUTE
    const { date, time } = pickers(at)
    const r = markAcceptedAt(pending, date, time, NOW, '请选择')
    expect(r).toMatchObject({ ok: true, recorded: { kind: 'accepted-at', at } })
    expect(markAcceptedAt(pending, '', time, NOW, '请选择')).toEqual({
      ok: false,
      message: '请选择',
    })
    expect(markAcceptedAt(pending, date, '', NOW, '请选择')).toEqual({
      ok: false,
      message: '请选择',
    })
  })

  it('rejects a time before the transfer or in the future with the rules’ own message', () => {
    const before = pickers(pending.sentAt - HOUR)
    const r = markAcceptedAt(pending, before.date, before.time, NOW, '请选择')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).not.toBe(UPDATE_FALLBACK_MESSAGE)
    const future = pickers(NOW + 2 * HOUR)
    expect(markAcceptedAt(pending, future.date, future.time, NOW, '请选择').ok).toBe(false)
  })

  it('records "accepted by now" when the time is unknown, keeping an earlier bound', () => {
    const r = markAcceptedUnknown(pending, NOW)
    expect(r).toMatchObject({ ok: true, recorded: { kind: 'accepted-by', by: NOW } })
    const earlier = { ...pending, recipient: 'accepted' as const, acceptedBy: NOW - 20 * MINUTE }
    expect(markAcceptedUnknown(earlier, NOW)).toMatchObject({
      ok: true,
      recorded: { by: NOW - 20 * MINUTE },
    })
  })

  it('offers acceptance only for a chat transfer that was not returned (T5)', () => {
    expect(canMarkAccepted(pending)).toBe(true)
    expect(canMarkAccepted({ ...pending, method: 'phone' })).toBe(false)
    expect(canMarkReturned({ ...pending, recipient: 'returned' })).toBe(false)
  })
})
