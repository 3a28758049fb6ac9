import { Text, View } from '@tarojs/components'
import { formatDateTime } from '../../format/time'

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
      <Text className='card-title'>手机时间好像不对，倒计时先不显示</Text>
      <Text className='body-text'>
        {`手机现在显示 ${formatDateTime(now)}，比这笔转账的时间 ${formatDateTime(sentAt)} 还早。按这个时间算出的剩余时间不可信。`}
      </Text>
      <Text className='body-text'>
        请把手机改成自动时间：苹果手机：设置 → 通用 → 日期与时间 → 打开“自动设置”；安卓手机：设置 →
        系统（或“更多设置”）→ 日期和时间 →
        打开“自动确定日期和时间”（各品牌的名称略有不同）。改好后回到这一页，倒计时会自动恢复。
      </Text>
      <Text className='hint'>
        在那之前，下面的情况和建议按保存这笔记录时的时间给出；真实时间可能已经更晚，能做的事请现在就做，不要等。
      </Text>
    </View>
  )
}
