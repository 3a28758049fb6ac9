import * as fs from 'fs'
import * as path from 'path'
import {
  favoriteCards,
  isSafeShareQuery,
  isShareSafe,
  paidFromQuery,
  preventionModeFromQuery,
  SHARE_IMAGES,
  shareCards,
  sourceIdFromQuery,
  timelineCards,
} from '../share'
import { findForbidden } from '../../../test/support/forbidden'

const routes = [
  'pages/home/index',
  'pages/checklist/index',
  'pages/prevention/index',
  'pages/status/index',
  'pages/countdown/index',
  'pages/about/index',
  'pages/scam-check/index',
]

function pngSize(file: string) {
  const bytes = fs.readFileSync(file)
  return {
    png: bytes.subarray(1, 4).toString('latin1') === 'PNG',
    w: bytes.readUInt32BE(16),
    h: bytes.readUInt32BE(20),
    size: bytes.length,
  }
}

describe('share cards', () => {
  it('every page has a fixed, private card whose path is a real page', () => {
    for (const card of Object.values(shareCards)) {
      expect(isShareSafe(card.title)).toBe(true)
      expect(isShareSafe(card.path)).toBe(true)
      expect(card.path.startsWith('/')).toBe(true)
      const [route, query = ''] = card.path.slice(1).split('?')
      expect(routes).toContain(route)
      expect(isSafeShareQuery(query)).toBe(true)
      expect(card.title.length).toBeLessThanOrEqual(30)
      expect(findForbidden(card.title)).toEqual([])
    }
  })

  it('the prevention card opens the family mode with the agreed title', () => {
    expect(shareCards.prevention).toEqual({
      title: '给家人设置好这几项，转账更安全',
      path: '/pages/prevention/index?mode=family',
      imageUrl: '/assets/share/card.png',
      squareImageUrl: '/assets/share/favorite.png',
    })
  })

  it('the scam check shares the empty check: no answer can reach its cards', () => {
    expect(shareCards['scam-check']).toEqual({
      title: expect.stringContaining('骗局'),
      path: '/pages/scam-check/index',
      imageUrl: SHARE_IMAGES.scamCard,
      squareImageUrl: SHARE_IMAGES.scamSquare,
    })
    expect(timelineCards['scam-check'].query).toBe('')
    expect(favoriteCards['scam-check'].query).toBe('')
    for (const card of [
      shareCards['scam-check'],
      timelineCards['scam-check'],
      favoriteCards['scam-check'],
    ]) {
      expect(card.title).not.toMatch(/已经转|还没转|停！|很像骗局|先核实/)
    }
  })

  it('every page card carries a bundled 5:4 and 1:1 picture, never a screenshot', () => {
    const fiveFour: string[] = [SHARE_IMAGES.card, SHARE_IMAGES.appCard, SHARE_IMAGES.scamCard]
    const square: string[] = [SHARE_IMAGES.square, SHARE_IMAGES.appSquare, SHARE_IMAGES.scamSquare]
    for (const card of Object.values(shareCards)) {
      expect(fiveFour).toContain(card.imageUrl)
      expect(square).toContain(card.squareImageUrl)
    }
    expect(Object.keys(favoriteCards).sort()).toEqual(Object.keys(shareCards).sort())
  })

  it('Moments and favorites cards have a safe query and a 1:1 image', () => {
    for (const card of [...Object.values(timelineCards), ...Object.values(favoriteCards)]) {
      expect(isShareSafe(card.title)).toBe(true)
      expect(isSafeShareQuery(card.query)).toBe(true)
      expect([SHARE_IMAGES.square, SHARE_IMAGES.appSquare, SHARE_IMAGES.scamSquare]).toContain(
        card.imageUrl,
      )
      // A favorite or Moments card never carries a case id or any other query but the mode.
      expect(['', 'mode=family']).toContain(card.query)
    }
    expect(timelineCards.prevention.query).toBe('mode=family')
    expect(favoriteCards.prevention.query).toBe('mode=family')
  })

  it('the images exist in assets/ as small PNGs of the right shape (a missing one crashes iOS)', () => {
    const root = path.resolve(__dirname, '../../..')
    for (const file of [SHARE_IMAGES.card, SHARE_IMAGES.appCard, SHARE_IMAGES.scamCard]) {
      const card = pngSize(path.join(root, file))
      expect(card).toEqual({ png: true, w: 500, h: 400, size: expect.any(Number) })
      expect(card.size).toBeLessThan(40 * 1024)
    }
    for (const file of [SHARE_IMAGES.square, SHARE_IMAGES.appSquare, SHARE_IMAGES.scamSquare]) {
      const square = pngSize(path.join(root, file))
      expect(square.png && square.w === square.h).toBe(true)
      expect(square.size).toBeLessThan(40 * 1024)
    }
  })
})

describe('isShareSafe', () => {
  it.each([
    ['转错了 1234.56 元', false],
    ['¥5', false],
    ['5元', false],
    ['交易单号 4200001234', false],
    ['wxid_abcdef', false],
    ['me@example.com', false],
    ['13800138000', false],
    ['给家人设置好这几项，转账更安全', true],
    ['24小时', true],
  ])('%s → %s', (text, safe) => {
    expect(isShareSafe(text)).toBe(safe)
  })
})

describe('isSafeShareQuery', () => {
  it.each([
    ['', true],
    ['mode=family', true],
    ['scenario=fraud', true],
    ['mode=family&source=d1', true],
    ['name=张三', false],
    ['amount=123456', false],
    ['mode=family&x', false],
    ['id=wxid_abc', false],
    ['a=b&'.repeat(30), false],
    ['mode=fam ily', false],
  ])('%s → %s', (query, safe) => {
    expect(isSafeShareQuery(query)).toBe(safe)
  })
})

describe('query validation', () => {
  it('only exactly "family" opens the family mode', () => {
    expect(preventionModeFromQuery({ mode: 'family' })).toBe('family')
    for (const q of [
      undefined,
      null,
      'mode=family',
      {},
      { mode: 'Family' },
      { mode: 'family ' },
      { mode: ['family'] },
      { mode: 1 },
      { other: 'family' },
      Object.create({ mode: 'family' }),
    ]) {
      expect(preventionModeFromQuery(q)).toBe('full')
    }
  })

  it('paid is read only from exactly yes or no', () => {
    expect(paidFromQuery({ paid: 'yes' })).toBe(true)
    expect(paidFromQuery({ paid: 'no' })).toBe(false)
    for (const q of [
      undefined,
      null,
      {},
      { paid: 'YES' },
      { paid: ['yes'] },
      { paid: 1 },
      'paid=yes',
    ]) {
      expect(paidFromQuery(q)).toBeUndefined()
    }
  })

  it('only a known source id passes', () => {
    expect(sourceIdFromQuery({ source: 'D1' })).toBe('D1')
    expect(sourceIdFromQuery({ source: 'R2' })).toBe('R2')
    for (const q of [
      {},
      { source: 'd1' },
      { source: 'Z9' },
      { source: 'toString' },
      { source: '__proto__' },
      { source: ['D1'] },
      { source: 'D1'.repeat(20) },
      null,
    ]) {
      expect(sourceIdFromQuery(q)).toBeUndefined()
    }
  })
})
