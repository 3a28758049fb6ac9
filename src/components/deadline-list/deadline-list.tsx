import { memo } from 'react'
import { Text, View } from '@tarojs/components'
import {
  arrivalRangeText,
  deadlineCaption,
  deadlineClock,
  offersCalendar,
  offersCall,
  type Deadline,
  type DeadlineKind,
  type TransferCase,
} from '../../domain'
import { formatDate, formatDateTime, formatMoment, startOfDay } from '../../format/time'
import { SourceNote } from '../source-note'
import { asButton, decorative } from '../../platform/a11y'
import { Call110Button } from '../call-110-button'
import './deadline-list.scss'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

/** A result worth keeping on screen under a deadline's calendar button (a toast is gone in 2.5 s). */
export type CalendarNotes = Partial<Record<DeadlineKind, string>>

interface Props {
  transfer: TransferCase
  deadlines: readonly Deadline[]
  now: number
  /** Absent where a deadline cannot be put in the calendar (the unsaved status result). */
  onCalendar?: (d: Deadline) => void
  calendarNotes?: CalendarNotes
  /**
   * The deadline the first screen already counts down (its urgent clock): its row says it is the
   * same clock, so the two never read as two different deadlines.
   */
  sameAsFirstScreen?: DeadlineKind
}

/**
 * Every deadline of a transfer with its live countdown: the status result and the countdown page
 * both show them with this component. Per tick only the countdown text and, when
 * it moves a step, the progress width change; everything else is memoized on the deadline object,
 * which stays the same until the assessment changes (see useAssessment). An uncertain deadline
 * shows both ends and counts down to the earliest, then ("可能已到账") to the latest.
 */
export function DeadlineList({
  transfer,
  deadlines,
  now,
  onCalendar,
  calendarNotes = {},
  sameAsFirstScreen,
}: Props) {
  if (!deadlines.length) {
    return <Text className='hint'>{ui.deadline.none}</Text>
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
            sameAsFirstScreen={d.kind === sameAsFirstScreen}
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
  sameAsFirstScreen?: boolean
}

const DeadlineCard = memo(function DeadlineCard({
  deadline: d,
  clockText,
  caption,
  today,
  progressPct,
  onCalendar,
  calendarNote,
  sameAsFirstScreen,
}: CardProps) {
  return (
    <View
      id={`deadline-${d.kind}`}
      className={`card deadline deadline--${d.kind} ${d.passed ? 'deadline--passed' : ''}`}
    >
      <Text className='deadline__label'>{d.label}</Text>
      {sameAsFirstScreen && (
        <Text id={`same-clock-${d.kind}`} className='deadline__same'>
          <Text {...decorative}>↑ </Text>
          {ui.deadline.sameAsFirstScreen}
        </Text>
      )}
      {caption ? (
        <Text id={`caption-${d.kind}`} className='deadline__caption'>
          {caption}
        </Text>
      ) : (
        !d.passed && <Text className='deadline__caption'>{ui.shared.left}</Text>
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

/**
 * When the window closes (or closed). The limitation period is an estimate (L2): a date, never a
 * minute; an uncertain arrival closes at its latest moment.
 */
function whenText(d: Deadline, range: boolean): string {
  const when =
    d.kind === 'limitation'
      ? fill(ui.deadline.aboutDate, { date: formatDate(d.at) })
      : formatDateTime(d.at)
  if (d.passed) return fill(ui.deadline.passed, { time: range ? formatDateTime(d.latest) : when })
  if (d.kind === 'limitation') return fill(ui.deadline.estimateEnds, { time: when })
  if (range) return fill(ui.deadline.latestUntil, { time: formatDateTime(d.latest) })
  return fill(ui.deadline.until, { time: when })
}

const DeadlineDetails = memo(function DeadlineDetails({
  deadline: d,
  today,
  onCalendar,
  calendarNote,
}: Omit<CardProps, 'clockText' | 'progressPct' | 'caption' | 'sameAsFirstScreen'>) {
  // An uncertain arrival shows both ends, relative to today ('最早 14:05 到账，最晚 明天 14:05').
  const range = arrivalRangeText(d, (ms) => formatMoment(ms, today))
  return (
    <View className='deadline__details'>
      {range && (
        <Text id={`range-${d.kind}`} className='deadline__range'>
          {range}
        </Text>
      )}
      <Text className='deadline__when'>{whenText(d, !!range)}</Text>
      <Text className='deadline__zero'>
        {fill(d.passed ? ui.deadline.atZeroPassed : ui.deadline.atZero, { text: d.atZero })}
      </Text>
      <SourceNote sourceIds={d.sourceIds} />
      {offersCall(d) && <CallNow />}
      {offersCalendar(d) && onCalendar && (
        <View
          id={`calendar-${d.kind}`}
          className='btn btn--small deadline__calendar'
          {...asButton()}
          onClick={() => onCalendar(d)}
        >
          {ui.deadline.calendar}
        </View>
      )}
      {!d.passed && calendarNote && <Text className='hint'>{calendarNote}</Text>}
    </View>
  )
})

/**
 * The 30-minute police window (C8) gets the call itself, never a reminder: a reminder at its end
 * would read as "report at the 30-minute mark".
 */
function CallNow() {
  return (
    <View className='deadline__call'>
      <Text className='deadline__call-text'>{ui.deadline.callNow}</Text>
      <Call110Button id='deadline-call-110' className='deadline__call-button' />
    </View>
  )
}
