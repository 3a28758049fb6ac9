import { Text, View } from '@tarojs/components'
import type { ProgressCount } from '../../domain'
import './progress-summary.scss'

interface Props {
  progress: ProgressCount
  hint?: string
}

/** "已完成 4/11" (id `progress`) with a bar; the words carry the meaning, the bar repeats them. */
export function ProgressSummary({ progress, hint }: Props) {
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0
  return (
    <View className='progress-summary'>
      <Text id='progress' className='progress-summary__label'>
        {progress.label}
      </Text>
      <View className='progress-summary__track'>
        <View className='progress-summary__bar' style={`width: ${percent}%;`} />
      </View>
      {hint && <Text className='hint'>{hint}</Text>}
    </View>
  )
}
