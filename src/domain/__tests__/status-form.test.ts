import {
  changeStatusForm,
  errorsByField,
  initialStatusForm,
  QUICK_TIMES,
  quickTimeValues,
  SENT_TIME_MISSING,
  localDateString,
  localDateTimeToMs,
  localTimeString,
  parseYuan,
  statusFormToInput,
  submitStatusForm,
  type StatusFormValues,
} from '../status-form'
import { MAX_AMOUNT_FEN } from '../transfer-case'

/**
 * The form reads dates in the phone's LOCAL zone. Jest pins TZ (Asia/Shanghai by default, a second
 * zone under `npm run test:tz`), so expectations are built with local-time Date constructors and
 * the Shanghai-only checks say so explicitly.
 */
const zone = process.env.TZ
const inShanghai = zone === 'Asia/Shanghai'
const local = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime()

/** 2025-06-01 12:00 on the local clock, a fixed "now". */
const NOW = local(2025, 6, 1, 12, 0)

function filled(overrides: Partial<StatusFormValues> = {}): StatusFormValues {
  return {
    method: 'chat',
    sentDate: '2025-06-01',
    sentTime: '11:50',
    amountText: '500',
    arrival: 'instant',
    recipient: 'pending',
    acceptedDate: '',
    acceptedTime: '',
    cause: 'mistaken',
    ...overrides,
  }
}

describe('parseYuan turns the amount text into integer fen without float error', () => {
  it.each([
    ['500', 50000],
    ['0.1', 10],
    ['0.29', 29],
    ['1.005', undefined],
    ['12.5', 1250],
    ['12.50', 1250],
    ['12.340', 1234],
    ['.5', 50],
    ['5.', 500],
    ['007', 700],
    ['0.01', 1],
    ['1,000', 100000],
    ['12,345.67', 1234567],
    [' 500 ', 50000],
    ['¥500', 50000],
    ['500元', 50000],
    ['１２', 1200],
    ['１２．５', 1250],
    ['100000000', MAX_AMOUNT_FEN],
  ])('%s → %s fen', (text, fen) => {
    const result = parseYuan(text)
    if (fen === undefined) expect(result.ok).toBe(false)
    else expect(result).toEqual({ ok: true, fen })
  })

  it('adds cents as integers: every 0.01 step from 0.01 to 20.00 is exact', () => {
    for (let fen = 1; fen <= 2000; fen++) {
      const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
      expect(parseYuan(text)).toEqual({ ok: true, fen })
    }
  })

  it.each([
    ['', '请填写金额'],
    ['   ', '请填写金额'],
    ['0', '金额必须大于 0'],
    ['0.00', '金额必须大于 0'],
    ['12.345', '金额最多两位小数（精确到分）'],
    ['0.001', '金额最多两位小数（精确到分）'],
    ['abc', '金额只能填数字，例如 500 或 12.50'],
    ['.', '金额只能填数字，例如 500 或 12.50'],
    ['1.2.3', '金额只能填数字，例如 500 或 12.50'],
    ['1,00', '金额只能填数字，例如 500 或 12.50'],
    ['1e3', '金额只能填数字，例如 500 或 12.50'],
    ['-500', '请直接填写转出的金额，不用带负号'],
    ['100000000.01', '金额过大，请检查是否多输了位数'],
    ['99999999999999999999', '金额过大，请检查是否多输了位数'],
  ])('%j is refused: %s', (text, message) => {
    expect(parseYuan(text)).toEqual({ ok: false, message })
  })
})

describe('localDateTimeToMs reads picker strings on the local clock', () => {
  it('gives the local wall-clock instant', () => {
    expect(localDateTimeToMs('2025-11-27', '14:05', '转账')).toEqual({
      ok: true,
      ms: local(2025, 11, 27, 14, 5),
    })
  })

  it('is Beijing time when the phone is set to China (UTC+8)', () => {
    if (!inShanghai) return // the second-zone run checks the zone-independent rows only
    expect(localDateTimeToMs('2025-11-27', '14:05', '转账')).toEqual({
      ok: true,
      ms: Date.UTC(2025, 10, 27, 6, 5),
    })
    expect(localDateTimeToMs('2025-01-01', '00:00', '转账')).toEqual({
      ok: true,
      ms: Date.UTC(2024, 11, 31, 16, 0),
    })
  })

  it('round-trips with localDateString / localTimeString', () => {
    for (const ms of [NOW, local(2024, 2, 29, 23, 59), local(2025, 12, 31, 0, 1)]) {
      const back = localDateTimeToMs(localDateString(ms), localTimeString(ms), '转账')
      expect(back).toEqual({ ok: true, ms })
    }
  })

  it.each([
    ['', '14:05', '请选择转账日期'],
    ['2025-11-27', '', '请选择转账时间'],
    ['27/11/2025', '14:05', '转账日期格式不正确'],
    ['2025-11-27', '2pm', '转账时间格式不正确'],
    ['2025-02-29', '10:00', '转账日期不存在，请重新选择'],
    ['2025-13-01', '10:00', '转账日期不存在，请重新选择'],
    ['2025-11-27', '24:00', '转账时间不存在，请重新选择'],
  ])('%j %j → %s', (date, time, message) => {
    expect(localDateTimeToMs(date, time, '转账')).toEqual({ ok: false, message })
  })

  it('refuses a wall-clock time a daylight-saving change skips (second-zone run)', () => {
    if (zone !== 'America/New_York') return // China has no DST; the default run cannot hit a gap
    expect(localDateTimeToMs('2025-03-09', '02:30', '转账')).toEqual({
      ok: false,
      message: '这个转账时间在手机所在时区不存在，请重新选择',
    })
  })

  it('accepts 29 February in a leap year', () => {
    expect(localDateTimeToMs('2024-02-29', '10:00', '转账').ok).toBe(true)
  })
})

describe('initialStatusForm', () => {
  it('starts with the time EMPTY (never a silent now), and WeChat’s default 实时到账 (D1)', () => {
    const v = initialStatusForm(local(2025, 11, 27, 14, 5) + 42_000)
    expect(v).toMatchObject({ sentDate: '', sentTime: '', arrival: 'instant' })
    expect(initialStatusForm()).toEqual(v)
    expect(v.method).toBeUndefined()
    expect(v.recipient).toBeUndefined()
    expect(v.cause).toBeUndefined()
  })
})

describe('quick answers to "什么时候转的？"', () => {
  it('offer 刚刚, 10 分钟前, 半小时前 and 1 小时前, and fill the pickers with that moment', () => {
    expect(QUICK_TIMES.map((q) => q.label)).toEqual(
      expect.arrayContaining(['刚刚', '10 分钟前', '半小时前', '1 小时前']),
    )
    const now = local(2025, 11, 27, 0, 5) + 42_000
    expect(quickTimeValues(now, 0)).toEqual({ date: '2025-11-27', time: '00:05' })
    expect(quickTimeValues(now, 10 * 60_000)).toEqual({ date: '2025-11-26', time: '23:55' })
  })

  it('an empty time gets one clear message on sentAt, and no result', () => {
    const result = submitStatusForm(filled({ sentDate: '', sentTime: '' }), NOW)
    expect(result).toEqual({ ok: false, errors: [{ field: 'sentAt', message: SENT_TIME_MISSING }] })
    expect(SENT_TIME_MISSING).toMatch(/刚刚[\s\S]*账单/)
  })
})

describe('submitStatusForm', () => {
  it('an accepted, delayed chat transfer without a time records only "accepted by now"', () => {
    const result = submitStatusForm(filled({ recipient: 'accepted', arrival: 'delay2h' }), NOW)
    expect(result.ok && result.value.acceptedBy).toBe(NOW)
    expect(result.ok && result.value.acceptedAt).toBeUndefined()
    const exact = submitStatusForm(
      filled({ recipient: 'accepted', arrival: 'delay2h', acceptedTime: '11:55' }),
      NOW,
    )
    expect(exact.ok && exact.value.acceptedBy).toBeUndefined()
  })

  it('builds the case a user described', () => {
    expect(submitStatusForm(filled(), NOW)).toEqual({
      ok: true,
      value: {
        method: 'chat',
        sentAt: local(2025, 6, 1, 11, 50),
        amountFen: 50000,
        arrival: 'instant',
        recipient: 'pending',
        cause: 'mistaken',
      },
    })
  })

  it('puts its own conversion errors and the rules’ errors on their fields', () => {
    const result = submitStatusForm(
      filled({ amountText: '12.345', method: undefined, cause: undefined }),
      NOW,
    )
    expect(result.ok).toBe(false)
    const byField = errorsByField(result.ok ? [] : result.errors)
    expect(byField).toEqual({
      amountFen: '金额最多两位小数（精确到分）',
      method: '请选择钱是怎么转出去的',
      cause: '请选择发生了什么',
    })
  })

  it('refuses a time in the future (the rules allow 5 minutes of clock skew)', () => {
    const result = submitStatusForm(filled({ sentTime: '12:10' }), NOW)
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'sentAt', message: '转账时间不能晚于现在' }],
    })
  })

  it('passes crossBorder through when chosen', () => {
    const result = submitStatusForm(filled({ crossBorder: true }), NOW)
    expect(result.ok && result.value.crossBorder).toBe(true)
  })

  it('asks for the acceptance time only for an accepted, delayed chat transfer', () => {
    const delayed = filled({
      recipient: 'accepted',
      arrival: 'delay2h',
      acceptedDate: '2025-06-01',
      acceptedTime: '11:55',
    })
    const ok = submitStatusForm(delayed, NOW)
    expect(ok.ok && ok.value.acceptedAt).toBe(local(2025, 6, 1, 11, 55))
    // Instant arrival: the time is kept in the form but not sent to the rules.
    const instant = submitStatusForm({ ...delayed, arrival: 'instant' }, NOW)
    expect(instant.ok && instant.value.acceptedAt).toBeUndefined()
  })

  it('uses the transfer date when only the acceptance time is picked', () => {
    const { raw } = statusFormToInput(
      filled({ recipient: 'accepted', arrival: 'delay24h', acceptedTime: '11:58' }),
    )
    expect(raw.acceptedAt).toBe(local(2025, 6, 1, 11, 58))
  })

  it('leaves acceptedAt out when empty, so the rules assume the transfer time', () => {
    const { raw, errors } = statusFormToInput(filled({ recipient: 'accepted', arrival: 'delay2h' }))
    expect(errors).toEqual([])
    expect('acceptedAt' in raw).toBe(false)
  })

  it('reports an acceptance date without a time on acceptedAt', () => {
    const result = submitStatusForm(
      filled({ recipient: 'accepted', arrival: 'delay2h', acceptedDate: '2025-06-01' }),
      NOW,
    )
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'acceptedAt', message: '请选择对方收款时间' }],
    })
  })

  it('keeps the rules’ check that acceptance is not before the transfer', () => {
    const result = submitStatusForm(
      filled({ recipient: 'accepted', arrival: 'delay2h', acceptedTime: '11:00' }),
      NOW,
    )
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['acceptedAt'])
  })

  it('never reads the clock: the same form at two moments gives two answers', () => {
    const form = filled({ sentTime: '12:03' })
    expect(submitStatusForm(form, NOW).ok).toBe(true)
    expect(submitStatusForm(form, local(2025, 6, 1, 11, 0)).ok).toBe(false)
  })
})

describe('changeStatusForm handles 手机号转账 + 待确认 (T5)', () => {
  it('drops 待对方确认收款 when switching to a phone-number transfer and says why', () => {
    const { values, errors } = changeStatusForm(filled(), { method: 'phone' })
    expect(values.method).toBe('phone')
    expect(values.recipient).toBeUndefined()
    expect(errors).toEqual([
      {
        field: 'recipient',
        message: '手机号转账没有“待对方确认收款”这一步，请重新选择对方的收款状态',
      },
    ])
  })

  it('keeps every other answer (nothing typed is lost)', () => {
    const before = filled({ amountText: '12.34', acceptedTime: '11:55' })
    const { values } = changeStatusForm(before, { method: 'phone' })
    expect(values).toEqual({ ...before, method: 'phone', recipient: undefined })
  })

  it('leaves other combinations alone', () => {
    const phone = filled({ method: 'phone', recipient: 'accepted' })
    expect(changeStatusForm(phone, { recipient: 'unknown' })).toEqual({
      values: { ...phone, recipient: 'unknown' },
      errors: [],
    })
  })

  it('and the rules still refuse the combination if it reaches them', () => {
    const result = submitStatusForm(filled({ method: 'phone' }), NOW)
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['recipient'])
  })
})
