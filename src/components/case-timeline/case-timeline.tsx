import { memo } from 'react'
import { Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import type { OffScalePoint, Timeline, TimelinePoint } from '../../domain'
import './case-timeline.scss'
import { formatShortDateTime } from '../../format/time'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

interface Props {
  timeline: Timeline
  /** Moves on its own (PROGRESS_STEP steps); the rest of the picture only changes with the case. */
  nowPct: number
  nowBeyond: boolean
}

/**
 * The case's life drawn with Views: 转出 → 对方收款 → 到账 / 24 h auto-return, placed to scale,
 * with a "现在" marker that moves. An arrival whose acceptance time is unknown is a band from its
 * earliest to its latest possible moment, never a single dot. Labels alternate above and below the bar and each sits on its
 * own line, aligned to its dot, so on a narrow screen or with large text they wrap instead of
 * running into each other. Per tick at most one style changes (the elapsed part, which carries
 * the marker and its label).
 */
export function CaseTimeline({ timeline, nowPct, nowBeyond }: Props) {
  const align = nowPct < 12 ? 'start' : nowPct > 88 ? 'end' : 'middle'
  return (
    <View className='card timeline' id='case-timeline'>
      <Text className='card-title'>{ui.timeline.title}</Text>
      <Labels points={timeline.points} side='above' />
      <View className='timeline__bar'>
        <Dots points={timeline.points} />
        <View className='timeline__elapsed' style={`width:${nowPct}%`}>
          <View className='timeline__now' />
          <Text className={`timeline__now-label timeline__now-label--${align}`}>
            {nowBeyond ? ui.timeline.nowBeyond : ui.timeline.now}
          </Text>
        </View>
      </View>
      {/* Holds the line the absolutely placed "现在" label sits on; scales with the font. */}
      <Text className='timeline__now-space'>{ui.timeline.now}</Text>
      <Labels points={timeline.points} side='below' />
      <OffScale points={timeline.beyond} />
    </View>
  )
}

const Dots = memo(function Dots({ points }: { points: TimelinePoint[] }) {
  return (
    <>
      {points.map((p) =>
        p.endPct !== undefined ? (
          // A range (an arrival whose acceptance time is unknown): a band from the earliest to the
          // latest possible moment, with a dot at each end.
          <View key={p.kind}>
            <View
              id={`timeline-range-${p.kind}`}
              className={`timeline__range timeline__range--${p.kind}`}
              style={`left:${p.pct}%;width:${Math.max(0, p.endPct - p.pct)}%`}
            />
            <View className={`timeline__dot timeline__dot--${p.kind}`} style={`left:${p.pct}%`} />
            <View
              className={`timeline__dot timeline__dot--${p.kind} timeline__dot--end`}
              style={`left:${p.endPct}%`}
            />
          </View>
        ) : (
          <View
            key={p.kind}
            className={`timeline__dot timeline__dot--${p.kind}`}
            style={`left:${p.pct}%`}
          />
        ),
      )}
    </>
  )
})

const Labels = memo(function Labels({
  points,
  side,
}: {
  points: TimelinePoint[]
  side: TimelinePoint['side']
}) {
  const first = points[0]
  return (
    <View className={`timeline__labels timeline__labels--${side}`}>
      {points
        .filter((p) => p.side === side)
        .map((p) => {
          // Left half: the label starts at its dot; right half: it ends there.
          const right = p.pct > 50
          const style = right ? `padding-right:${100 - p.pct}%` : `padding-left:${p.pct}%`
          return (
            <View
              key={p.kind}
              id={`timeline-${p.kind}`}
              className={`timeline__label ${right ? 'timeline__label--right' : ''}`}
              style={style}
            >
              <View className={`timeline__tick timeline__dot--${p.kind}`} />
              <View className='timeline__text'>
                <Text className='timeline__name'>{p.label}</Text>
                <Text className='timeline__time'>{pointTimes(p, first ? first.at : p.at)}</Text>
              </View>
            </View>
          )
        })}
    </View>
  )
})

const OffScale = memo(function OffScale({ points }: { points: OffScalePoint[] }) {
  if (!points.length) return null
  return (
    <View className='timeline__beyond'>
      {points.map((p) => (
        <Text key={p.kind} className='hint'>
          {fill(p.approximate ? ui.timeline.offScaleApprox : ui.timeline.offScale, {
            label: p.label,
            date: dayjs(p.at).format('YYYY-MM-DD'),
          })}
        </Text>
      ))}
    </View>
  )
})

/** A point's time, or both ends of a range. */
function pointTimes(p: TimelinePoint, sentAt: number): string {
  const from = pointTime(p.at, sentAt)
  return p.endAt === undefined
    ? from
    : fill(ui.timeline.range, { from, to: pointTime(p.endAt, sentAt) })
}

/** Time of day on the day of the transfer, the date as well on any later day. */
function pointTime(at: number, sentAt: number): string {
  const d = dayjs(at)
  return d.isSame(dayjs(sentAt), 'day') ? d.format('HH:mm') : formatShortDateTime(at)
}
