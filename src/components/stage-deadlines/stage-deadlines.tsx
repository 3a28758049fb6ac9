import { Text, View } from '@tarojs/components'
import { DAY, countdownTarget, deadlinePhase, formatRemaining, type Deadline } from '../../domain'
import { arrivalRangeText, deadlineCaption } from '../../domain/timeline'
import { formatDate, formatDateTime, formatMoment } from '../../format/time'
import { SourceNote } from '../source-note'
import './stage-deadlines.scss'

interface Props {
  deadlines: readonly Deadline[]
  /** The page's clock (useNow): every countdown derives from it and the stored absolute time. */
  now: number
}

/**
 * Each time window: what it is, how long is left (live), when exactly, and what happens at zero.
 * An estimate (the limitation period) gets a date and whole days, not a ticking clock. An
 * uncertain arrival shows both ends and counts down to the earliest, then to the latest.
 */
export function StageDeadlines({ deadlines, now }: Props) {
  if (!deadlines.length) return null
  return (
    <View className='stage-deadlines'>
      {deadlines.map((d) => {
        const phase = deadlinePhase(d, now)
        const passed = phase === 'passed'
        const target = countdownTarget(d, now)
        const caption = deadlineCaption(d, now)
        const range = arrivalRangeText(d, (ms) => formatMoment(ms, now))
        return (
          <View
            key={d.kind}
            id={`deadline-${d.kind}`}
            className={`card stage-deadline ${passed ? 'stage-deadline--passed' : 'card--warn'}`}
          >
            <Text className='card-title'>{d.label}</Text>
            {range && (
              <Text id={`range-${d.kind}`} className='stage-deadline__range'>
                {range}
              </Text>
            )}
            {passed ? (
              <Text className='stage-deadline__remaining'>已到时间</Text>
            ) : d.kind === 'limitation' ? (
              <Text className='stage-deadline__remaining'>
                约还有 {Math.ceil((target - now) / DAY)} 天
              </Text>
            ) : (
              <Text className='stage-deadline__remaining stage-deadline__clock'>
                {caption || '还剩'} {formatRemaining(target - now)}
              </Text>
            )}
            <Text className='muted stage-deadline__at'>
              {d.kind === 'limitation'
                ? `约 ${formatDate(d.at)}`
                : range
                  ? `最晚 ${formatDateTime(d.latest)}`
                  : formatDateTime(d.at)}
              {passed ? '（已过）' : ''}
            </Text>
            <Text className='body-text'>
              {passed ? '已到时：' : '到时：'}
              {d.atZero}
            </Text>
            <SourceNote sourceIds={d.sourceIds} />
          </View>
        )
      })}
    </View>
  )
}
