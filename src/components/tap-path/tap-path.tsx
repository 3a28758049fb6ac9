import { Text, View } from '@tarojs/components'
import './tap-path.scss'

interface Props {
  steps: readonly string[]
  id?: string
  /** Number the steps: for older relatives following along screen by screen (FACTS A1: elder-friendly). */
  numbered?: boolean
}

/**
 * Where to tap in WeChat, drawn as a row of steps with arrows (我 → 服务 → ··· → 支付设置).
 * Each arrow stays with the step after it, so a wrapped path never starts a line with an arrow.
 */
export function TapPath({ steps, id, numbered }: Props) {
  if (!steps.length) return null
  return (
    <View className='tap-path' id={id}>
      {steps.map((step, i) => (
        <View key={`${i}-${step}`} className='tap-path__item'>
          {i > 0 && <Text className='tap-path__arrow'>→</Text>}
          <View className={`tap-path__step ${numbered ? 'tap-path__step--numbered' : ''}`}>
            {numbered && <Text className='tap-path__no'>{i + 1}</Text>}
            <Text className='tap-path__name'>{step}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
