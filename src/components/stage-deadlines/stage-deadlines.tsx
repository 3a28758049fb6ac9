import { Text, View } from '@tarojs/components'
import { DAY, formatRemaining, type Deadline } from '../../domain'
import { formatDate, formatDateTime } from '../../format/time'
import { SourceNote } from '../source-note'
import './stage-deadlines.scss'

interface Props {
  deadlines: readonly Deadline[]
  /** The page's clock (useNow): every countdown derives from it and the stored absolute time. */
  now: number
}

/**
 * Each time window: what it is, how long is left (live), when exactly, and what happens at zero.
 * An estimate (the limitation period) gets a date and whole days, not a ticking clock.
 */
export function StageDeadlines({ deadlines, now }: Props) {
  if (!deadlines.length) return null
  return (
    <View className='stage-deadlines'>
      {deadlines.map((d) => {
        const passed = now >= d.at
        return (
          <View
            key={d.kind}
            id={`deadline-${d.kind}`}
            className={`card stage-deadline ${passed ? 'stage-deadline--passed' : 'card--warn'}`}
          >
            <Text className='card-title'>{d.label}</Text>
            {passed ? (
              <Text className='stage-deadline__remaining'>已到时间</Text>
            ) : d.approximate ? (
              <Text className='stage-deadline__remaining'>
                约还有 {Math.ceil((d.at - now) / DAY)} 天
              </Text>
            ) : (
              <Text className='stage-deadline__remaining stage-deadline__clock'>
                还剩 {formatRemaining(d.at - now)}
              </Text>
            )}
            <Text className='muted stage-deadline__at'>
              {d.approximate ? `约 ${formatDate(d.at)}` : formatDateTime(d.at)}
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
