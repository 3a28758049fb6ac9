import { parseReportDetails, MAX_STORY_CHARS } from '../../domain/report-details'
import { createMemoryKV } from '../kv'
import { openStore } from '../store'
import { fixedClock } from './fixtures'

// The checklist page stores the user's 事情经过 with the other report details.
describe('report details: the story field', () => {
  const open = () => {
    const kv = createMemoryKV()
    return { kv, store: openStore(kv, fixedClock().now) }
  }

  test('is stored and read back with the other fields, and dropped when empty', () => {
    const { kv, store } = open()
    const story = '对方说是快递理赔，让我先转钱。'
    expect(store.reportDetails.set('fraud', { recipientName: '张*', story })).toEqual({
      ok: true,
      details: { recipientName: '张*', story },
    })
    expect(openStore(kv, fixedClock().now).reportDetails.get('fraud')).toEqual({
      recipientName: '张*',
      story,
    })
    store.reportDetails.set('fraud', { recipientName: '张*', story: '' })
    expect(openStore(kv, fixedClock().now).reportDetails.get('fraud')).toEqual({
      recipientName: '张*',
    })
  })

  test('accepts every story the domain accepts, emoji included, and refuses a runaway one', () => {
    const { store } = open()
    const longest = '😀'.repeat(MAX_STORY_CHARS)
    const parsed = parseReportDetails({ story: longest })
    expect(parsed.ok).toBe(true)
    expect(store.reportDetails.set('c1', { story: longest }).ok).toBe(true)
    const result = store.reportDetails.set('c1', { story: '字'.repeat(1001) })
    expect(result.ok).toBe(false)
    // The refused write left the earlier value alone.
    expect(store.reportDetails.get('c1')).toEqual({ story: longest })
  })

  test('a stored story of the wrong type is quarantined, not shown', () => {
    const { kv, store } = open()
    kv.set('tr:details:c2', { v: 1, data: { story: 42 } })
    expect(store.reportDetails.get('c2')).toEqual({})
    expect(store.quarantined().map((q) => q.key)).toContain('tr:details:c2')
  })
})
