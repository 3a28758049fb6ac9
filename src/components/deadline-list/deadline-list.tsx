import { memo } from 'react'
import { Text, View } from '@tarojs/components'
import {
  arrivalRangeText,
  deadlineCaption,
  deadlineClock,
  type Deadline,
  type DeadlineKind,
  type TransferCase,
} from '../../domain'
import { formatDate, formatDateTime, formatMoment, startOfDay } from '../../format/time'
import { SourceNote } from '../source-note'
import { asButton } from '../../platform/a11y'
import './deadline-list.scss'

/** A result worth keeping on screen under a deadline's calendar button (a toast is gone in 2.5 s). */
export type CalendarNotes = Partial<Record<DeadlineKind, string>>

interface Props {
  transfer: TransferCase
  deadlines: readonly Deadline[]
  now: number
  /** Absent where a deadline cannot be put in the calendar (the unsaved status result). */
  onCalendar?: (d: Deadline) => void
  calendarNotes?: CalendarNotes
}

/**
 * Every deadline of a transfer with its live countdown: the status result and the countdown page
 * both show them with this component. Per tick only the countdown text and, when
 * it moves a step, the progress width change; everything else is memoized on the deadline object,
 * which stays the same until the assessment changes (see useAssessment). An uncertain deadline
 * shows both ends and counts down to the earliest, then ("可能已到账") to the latest.
 */
export function DeadlineList({ transfer, deadlines, now, onCalendar, calendarNotes = {} }: Props) {
  if (!deadlines.length) {
    return <Text className='hint'>这笔转账现在没有需要倒计时的时间点。</Text>
  }
  return (
    <View className='deadline-list'>
      {deadlines.map((d) => {
        const clock = deadlineClock(transfer, d, now)
        return (
          <DeadlineCard
            key={d.kind}
            deadline={d}
            clockText={clock.text}
            caption={deadlineCaption(d, now)}
            today={startOfDay(now)}
            progressPct={clock.progressPct}
            onCalendar={onCalendar}
            calendarNote={calendarNotes[d.kind]}
          />
        )
      })}
    </View>
  )
}

interface CardProps {
  deadline: Deadline
  clockText: string
  /** What a range's countdown runs to; '' for an exact moment. Changes only at a phase. */
  caption: string
  /** The start of today (local): "明天" in the range line changes with it, not every tick. */
  today: number
  progressPct: number
  onCalendar?: (d: Deadline) => void
  calendarNote?: string
}

const DeadlineCard = memo(function DeadlineCard({
  deadline: d,
  clockText,
  caption,
  today,
  progressPct,
  onCalendar,
  calendarNote,
}: CardProps) {
  return (
    <View
      id={`deadline-${d.kind}`}
      className={`card deadline deadline--${d.kind} ${d.passed ? 'deadline--passed' : ''}`}
    >
      <Text className='deadline__label'>{d.label}</Text>
      {caption ? (
        <Text id={`caption-${d.kind}`} className='deadline__caption'>
          {caption}
        </Text>
      ) : (
        !d.passed && <Text className='deadline__caption'>还剩</Text>
      )}
      <Text id={`clock-${d.kind}`} className='deadline__clock'>
        {clockText}
      </Text>
      <View className='deadline__track'>
        <View className='deadline__fill' style={`width:${progressPct}%`} />
      </View>
      <DeadlineDetails
        deadline={d}
        today={today}
        onCalendar={onCalendar}
        calendarNote={calendarNote}
      />
    </View>
  )
})

const DeadlineDetails = memo(function DeadlineDetails({
  deadline: d,
  today,
  onCalendar,
  calendarNote,
}: Omit<CardProps, 'clockText' | 'progressPct' | 'caption'>) {
  // The limitation period is an estimate (L2): a date, never a minute. An uncertain arrival shows
  // both ends, relative to today ('最早 14:05 到账，最晚 明天 14:05').
  const range = arrivalRangeText(d, (ms) => formatMoment(ms, today))
  const when = d.kind === 'limitation' ? `约 ${formatDate(d.at)}` : formatDateTime(d.at)
  return (
    <View className='deadline__details'>
      {range && (
        <Text id={`range-${d.kind}`} className='deadline__range'>
          {range}
        </Text>
      )}
      <Text className='deadline__when'>
        {d.passed
          ? `${range ? formatDateTime(d.latest) : when}（已过）`
          : d.kind === 'limitation'
            ? `${when} 到期（估算）`
            : range
              ? `最晚到 ${formatDateTime(d.latest)} 为止`
              : `到 ${when} 为止`}
      </Text>
      <Text className='deadline__zero'>
        {d.passed ? '已经到点：' : '到点时：'}
        {d.atZero}
      </Text>
      <SourceNote sourceIds={d.sourceIds} />
      {!d.passed && onCalendar && (
        <View
          id={`calendar-${d.kind}`}
          className='btn btn--small deadline__calendar'
          {...asButton()}
          onClick={() => onCalendar(d)}
        >
          添加到手机日历
        </View>
      )}
      {!d.passed && calendarNote && <Text className='hint'>{calendarNote}</Text>}
    </View>
  )
})
