import { DAY, EARLIEST_PLAUSIBLE_TIME, LATEST_PLAUSIBLE_TIME } from '../../domain/time'
import { createMemoryKV } from '../kv'
import { openStore } from '../store'
import { envelope, fixedClock, storedCase, T0, transfer } from './fixtures'

/** Stored times that cannot be real: set aside with a reason, never shown as a date. */
const IMPLAUSIBLE: Array<[string, Record<string, unknown>, RegExp]> = [
  ['updatedAt at 1e20', { updatedAt: 1e20 }, /保存时间不合理/],
  ['createdAt at the last Date (8.64e15)', { createdAt: 8.64e15 }, /保存时间不合理/],
  ['updatedAt after 2099', { updatedAt: LATEST_PLAUSIBLE_TIME + 1 }, /保存时间不合理/],
  ['createdAt in 1970', { createdAt: 0 }, /保存时间不合理/],
  [
    'sentAt 1e20 (with sane save times)',
    { transfer: transfer({ sentAt: 1e20 }) },
    /转账时间不能晚于现在/,
  ],
  [
    'sentAt 8.64e15 saved with the same time',
    { createdAt: 8.64e15, updatedAt: 8.64e15, transfer: transfer({ sentAt: 8.64e15 }) },
    /保存时间不合理/,
  ],
  [
    'sentAt before WeChat Pay existed',
    { transfer: transfer({ sentAt: EARLIEST_PLAUSIBLE_TIME - 1 }) },
    /2013/,
  ],
]

describe('stored times must be plausible', () => {
  test.each(IMPLAUSIBLE)('%s: set aside with its reason', (_, over, reason) => {
    const kv = createMemoryKV({ 'tr:case:c1': envelope(storedCase('c1', over)) })
    const store = openStore(kv, fixedClock().now)
    expect(store.cases.list()).toEqual([])
    const [entry] = store.quarantined()
    expect(entry).toMatchObject({ key: 'tr:case:c1' })
    expect(entry.reason).toMatch(reason)
    expect(kv.get('tr:case:c1')).toBeUndefined()
  })

  test('a case saved a day after the phone clock now reads (clock set back) is kept', () => {
    const saved = T0 + DAY
    const kv = createMemoryKV({
      'tr:case:c1': envelope(
        storedCase('c1', {
          createdAt: saved,
          updatedAt: saved,
          transfer: transfer({ sentAt: saved - 60_000 }),
        }),
      ),
    })
    const store = openStore(kv, fixedClock().now)
    expect(store.cases.list().map((c) => c.id)).toEqual(['c1'])
    expect(store.quarantined()).toEqual([])
  })

  test('the earliest and latest plausible moments themselves are kept', () => {
    const kv = createMemoryKV({
      'tr:case:c1': envelope(
        storedCase('c1', {
          createdAt: EARLIEST_PLAUSIBLE_TIME,
          updatedAt: LATEST_PLAUSIBLE_TIME,
          transfer: transfer({ sentAt: EARLIEST_PLAUSIBLE_TIME }),
        }),
      ),
    })
    expect(openStore(kv, fixedClock().now).cases.list()).toHaveLength(1)
  })
})
