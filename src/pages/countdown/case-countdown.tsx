import { useMemo } from 'react'
import { Text } from '@tarojs/components'
import {
  clockBehind,
  crimePossible,
  timelineFor,
  timelinePosition,
  type TransferCase,
} from '../../domain'
import type { StoredCase } from '../../storage'
import { CallBar } from '../../components/call-bar'
import { CaseTimeline } from '../../components/case-timeline'
import { ActionList } from '../../components/action-list'
import { ClockWarning } from '../../components/clock-warning'
import { CountdownStage } from '../../components/countdown-stage'
import { DeadlineList } from '../../components/deadline-list'
import { FirstScreen, urgentClock } from '../../components/first-screen'
import { NoteList } from '../../components/note-list'
import { UpdateStatus } from '../../components/update-status'
import { useAssessment } from '../../hooks/use-assessment'
import { useCalendar } from '../../hooks/use-calendar'
import { useNow } from '../../hooks/use-now'
import { ui } from '../../content/ui-case'

interface Props {
  stored: StoredCase
  onSave: (next: TransferCase) => string | undefined
}

/**
 * The live part of the page. useNow is the page's one ticker (started on show, stopped on hide and
 * unload). Each tick re-renders this component, but the assessment and the timeline's points are
 * memoized by phase, and the sections that depend only on them are React.memo components, so a
 * tick reaches setData as the changed countdown texts and, now and then, a progress width.
 */
export function CaseCountdown({ stored, onSave }: Props) {
  const { transfer } = stored
  const clock = useNow()
  // A phone clock well before what is known to have happened cannot be counted from: the page
  // says so, and works from the latest moment it knows has passed until the clock is fixed.
  const known = [transfer.sentAt, transfer.acceptedAt, stored.updatedAt]
  const wrongClock = clockBehind(known, clock)
  const now = wrongClock ? Math.max(...known.filter((t): t is number => t !== undefined)) : clock
  const assessment = useAssessment(transfer, now)
  // The points depend on `now` only through the deadlines' `passed`, i.e. through the assessment.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const timeline = useMemo(() => timelineFor(transfer, assessment, now), [transfer, assessment])
  const calendar = useCalendar(transfer)
  const crime = crimePossible(transfer.cause)
  // A stable element: React skips the call bar on every tick. 110 sits on the first screen.
  const callBar = useMemo(() => (crime ? <CallBar omit={['110']} /> : null), [crime])
  const urgent = wrongClock ? undefined : urgentClock(transfer, assessment.deadlines, now)
  const first = assessment.actions[0]
  // The same array between phases, so the memoized advice below skips every tick.
  const next = useMemo(() => assessment.actions.slice(1), [assessment.actions])

  return (
    <>
      <FirstScreen
        stage={assessment.stage}
        headline={assessment.headline}
        headlineSourceIds={assessment.headlineSourceIds}
        urgent={urgent}
        action={first}
        crime={crime}
      />
      {wrongClock && <ClockWarning now={clock} sentAt={transfer.sentAt} />}
      <CountdownStage
        stage={assessment.stage}
        assumptions={assessment.assumptions}
        transfer={transfer}
        label={stored.label}
      />
      {callBar}
      {!wrongClock && <Text className='section-title'>{ui.countdown.deadlines}</Text>}
      {!wrongClock && (
        <DeadlineList
          transfer={transfer}
          deadlines={assessment.deadlines}
          now={now}
          onCalendar={calendar.add}
          calendarNotes={calendar.notes}
          sameAsFirstScreen={urgent?.deadline.kind}
        />
      )}
      {!wrongClock && timeline.points.length > 1 && (
        <CaseTimeline
          timeline={timeline}
          nowPct={timelinePosition(timeline, now)}
          nowBeyond={now > timeline.end}
        />
      )}
      <UpdateStatus transfer={transfer} onSave={onSave} />
      <ActionList actions={next} firstNumber={2} />
      <NoteList notes={assessment.notes} />
    </>
  )
}
