import { memo } from 'react'
import { Text, View } from '@tarojs/components'
import type { Deadline, TransferCase } from '../../domain'
import { deadlineClock } from '../../domain/timeline'
import { formatDate, formatDateTime } from '../../format/time'
import type { CalendarNotes } from '../../hooks/use-calendar'
import { SourceNote } from '../source-note'
import { asButton } from '../../platform/a11y'
import './deadline-list.scss'

interface Props {
  transfer: TransferCase
  deadlines: readonly Deadline[]
  now: number
  onCalendar: (d: Deadline) => void
  calendarNotes: CalendarNotes
}

/**
 * Every deadline of the case with its live countdown. Per tick only the countdown text and, when
 * it moves a step, the progress width change; everything else is memoized on the deadline object,
 * which stays the same until the assessment changes (see useAssessment).
 */
export function DeadlineList({ transfer, deadlines, now, onCalendar, calendarNotes }: Props) {
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
  progressPct: number
  onCalendar: (d: Deadline) => void
  calendarNote?: string
}

const DeadlineCard = memo(function DeadlineCard({
  deadline: d,
  clockText,
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
      <Text id={`clock-${d.kind}`} className='deadline__clock'>
        {clockText}
      </Text>
      <View className='deadline__track'>
        <View className='deadline__fill' style={`width:${progressPct}%`} />
      </View>
      <DeadlineDetails deadline={d} onCalendar={onCalendar} calendarNote={calendarNote} />
    </View>
  )
})

const DeadlineDetails = memo(function DeadlineDetails({
  deadline: d,
  onCalendar,
  calendarNote,
}: Omit<CardProps, 'clockText' | 'progressPct'>) {
  // The limitation period is an estimate (L2): a date, never a minute.
  const when = d.approximate ? `约 ${formatDate(d.at)}` : formatDateTime(d.at)
  return (
    <View className='deadline__details'>
      <Text className='deadline__when'>
        {d.passed ? `${when}（已过）` : d.approximate ? `${when} 到期（估算）` : `到 ${when} 为止`}
      </Text>
      <Text className='deadline__zero'>
        {d.passed ? '已经到点：' : '到点时：'}
        {d.atZero}
      </Text>
      <SourceNote sourceIds={d.sourceIds} />
      {!d.passed && (
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
