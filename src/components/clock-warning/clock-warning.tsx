import { Text, View } from '@tarojs/components'
import { formatDateTime } from '../../format/time'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

interface Props {
  /** The phone's clock (epoch ms). */
  now: number
  /** The transfer's time, which the phone's clock is before. */
  sentAt: number
}

/**
 * Shown instead of the countdowns when the phone's clock is well before the transfer: a countdown
 * from a wrong clock would show more time than the window has, and a person deciding whether to
 * call the police now must not be told they have a day left.
 */
export function ClockWarning({ now, sentAt }: Props) {
  return (
    <View id='clock-wrong' className='card card--warn'>
      <Text className='card-title'>{ui.clockWarning.title}</Text>
      <Text className='body-text'>
        {fill(ui.clockWarning.behind, {
          now: formatDateTime(now),
          sentAt: formatDateTime(sentAt),
        })}
      </Text>
      <Text className='body-text'>{ui.clockWarning.fix}</Text>
      <Text className='hint'>{ui.clockWarning.meanwhile}</Text>
    </View>
  )
}
