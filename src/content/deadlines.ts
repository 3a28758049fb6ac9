import type { SourceId } from './sources'
import { appName, delayedArrivalName } from './labels'
import { AFTER_ARRIVAL, REFUND_TIMING, glosses } from './lines'
import { phrases } from './phrases'

/**
 * The time windows of a transfer as the countdown cards, the timeline picture and the phone's
 * calendar word them. src/domain/deadlines.ts decides which windows apply and when they end;
 * src/domain/timeline.ts and countdown.ts pick the words here. `{name}` gaps are filled with
 * values known only at run time (times, day counts).
 */
export interface DeadlineEntry {
  /** What the countdown is for. */
  label: string | Readonly<Record<string, string>>
  /** What happens when the countdown reaches zero. */
  atZero: string | Readonly<Record<string, string>>
  sourceIds: readonly SourceId[] | Readonly<Record<string, readonly SourceId[]>>
}

/** What the arrival card and its calendar entry are for: the end of the complaint window (D3). */
const ARRIVAL_CARD = `${delayedArrivalName}截止：到账前可投诉`

export const deadlineTexts = {
  /** A chat transfer nobody accepts goes back after 24 hours (T1). */
  'auto-return': {
    label: '对方不收款时自动退回',
    atZero: `对方一直没有收款的话，这笔钱应该会自动退回（${REFUND_TIMING}）。请在零钱或账单里确认钱已经回来。`,
    sourceIds: ['T1'],
  },
  /**
   * The end of a delayed arrival (D1), before which the 待入账 complaint is open (D3). label:
   * `range` when the acceptance time is unknown, `setting` when the arrival setting is (either
   * way both ends are shown), else `exact`. atZero: `returned` once the recipient gave the money
   * back, else `range` or `exact`. sourceIds by transfer method: a chat transfer's delay starts at
   * acceptance (D2), a phone-number transfer's at sending (T5).
   */
  arrival: {
    label: {
      exact: ARRIVAL_CARD,
      range: `${ARRIVAL_CARD}（对方收款时间不确定）`,
      setting: `${ARRIVAL_CARD}（到账时间设置不确定）`,
    },
    atZero: {
      returned: '对方已退还这笔钱，这个到账时间只作记录。',
      range: `最早到账时间一过，钱可能已经进了对方零钱；到最晚到账时间之前，也可能还在延时中。看账单里这笔转账：还显示“待入账”，就马上投诉。最晚到账时间过后：${AFTER_ARRIVAL.both}`,
      exact: `到这个时间，钱会进对方零钱（除非投诉后被微信退回）。到账前可以在账单里对这笔转账投诉；${AFTER_ARRIVAL.both}`,
    },
    sourceIds: {
      chat: ['D1', 'D2', 'D3', ...AFTER_ARRIVAL.sourceIds],
      phone: ['D1', 'T5', 'D3', ...AFTER_ARRIVAL.sourceIds],
    },
  },
  /** Police say the first 30 minutes after the transfer matter most for 紧急止付 (C8). */
  'emergency-stop': {
    label: '转账后最初 30 分钟：报警紧急止付最关键',
    atZero: '30 分钟过后仍然要报警，越早报警越好。',
    sourceIds: ['C8'],
  },
  /** 民法典 第188条 (L2), counted from the transfer as an estimate. */
  limitation: {
    label: '起诉的诉讼时效（约 3 年，估算）',
    atZero: `约 3 年的${glosses.limitation}到期，请在此之前起诉。时效从你知道或应当知道损失和对方是谁时起算，实际日期可能晚于这里。`,
    sourceIds: ['L2'],
  },
} as const satisfies Record<string, DeadlineEntry>

/** What a countdown shows: the time left, or that the window has closed. */
export const clockTexts = {
  passed: '已过',
  /** The limitation period counts whole days, never seconds. */
  aboutDays: '约 {days} 天',
  /**
   * Past the 3-year estimate of the limitation period: it may be over (L2). No countdown to the
   * 20-year cap: for someone who knew the recipient from day one, the 3 years were the period.
   */
  maybeOver: '可能已过',
  /** 时:分:秒 with whole days in front ('1天 02:03:04'). */
  withDays: '{days}天 {clock}',
} as const

/**
 * Words over the countdown of a window whose end is a range: `before` its earliest moment, and
 * `maybe` between the earliest and the latest (it may have happened; the countdown then runs to
 * the latest).
 */
export const rangeCaptions = {
  arrival: { before: '距最早到账还剩', maybe: '可能已到账，距最晚到账还剩' },
  limitation: {
    before: '估算还剩',
    maybe:
      '按转账时间算的 3 年已过。如果你当时就知道对方是谁，诉讼时效可能已经过了；如果是后来才知道对方是谁，从那时起算 3 年。请尽快问律师或法院。',
  },
  // These two are exact moments today (T1, C8); the words name what the countdown runs to.
  'auto-return': { before: '距最早可能退回还剩', maybe: '可能已退回，距最晚可能退回还剩' },
  'emergency-stop': { before: '距 30 分钟到点还剩', maybe: '可能已过 30 分钟，距最晚还剩' },
} as const

/** Both ends of an uncertain arrival in one line; the times are formatted by the caller. */
export const arrivalRangeLine = '最早 {at} 到账，最晚 {latest}'

/** Short labels under the dots of the timeline picture. */
export const timelineLabels = {
  /** One per window, also for the limitation period listed beside the bar. */
  points: {
    'emergency-stop': '报警止付关键 30 分钟',
    arrival: '到账',
    'auto-return': '未收款自动退回',
    limitation: '诉讼时效约到期',
  },
  /** `instant`: a phone-number transfer with 实时到账 lands the moment it is sent (T5). */
  sent: { plain: '转出', instant: '转出即到账' },
  /** `instant`: an accepted chat transfer with 实时到账 lands at acceptance. */
  accepted: { plain: phrases.recipientAccepted, instant: `${phrases.recipientAccepted}即到账` },
  /** The arrival dot of a transfer the recipient gave back, and the band of an unknown one. */
  arrival: { returned: '原定到账', range: '可能到账的时段' },
} as const

/** What lands in the phone's calendar: never the amount, a name or an ID. */
export const calendarTexts = {
  /**
   * No entry for the 30-minute police window (C8): a reminder at its end would invite waiting;
   * its card has a 110 button instead.
   */
  titles: {
    'auto-return': '转账自动退回时间',
    arrival: ARRIVAL_CARD,
    limitation: '转账诉讼时效约到期（估算）',
  },
  /** For an arrival whose end is a range: which end the entry is at. */
  earliest:
    '这是最早可能到账的时间，最好在此之前投诉；过了这个时间，账单里还显示“待入账”的，仍然可以投诉。',
  latest: '这是最晚可能到账的时间。',
  /** `{hedge}`: hedgeGap with the catalogue's hedge, for a window resting on a weaker fact. */
  description: `{label}：{range}{atZero}{hedge}\n来自“${appName}”小程序。`,
  hedgeGap: '（{hedge}）',
} as const
