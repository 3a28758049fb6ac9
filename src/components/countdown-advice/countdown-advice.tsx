import { memo } from 'react'
import { Text, View } from '@tarojs/components'
import type { Action, Note } from '../../domain'
import { SourceNote } from '../source-note'
import './countdown-advice.scss'

interface Props {
  actions: readonly Action[]
  notes: readonly Note[]
  /** The number of the first action listed (the first screen shows action 1). */
  firstNumber?: number
}

/**
 * "现在可以做的" and "做不到的" for the current stage, each with its sources. Memoized on the
 * assessment's arrays, so it renders again only when a deadline passes or the case changes.
 */
export const CountdownAdvice = memo(function CountdownAdvice({
  actions,
  notes,
  firstNumber = 1,
}: Props) {
  const hedge = notes.find((n) => n.id === 'hedge')
  const limits = notes.filter((n) => n.id !== 'hedge')
  return (
    <View className='countdown-advice'>
      {actions.length > 0 && (
        <Text className='section-title'>{firstNumber > 1 ? '接下来可以做的' : '现在可以做的'}</Text>
      )}
      {actions.map((a, i) => (
        <View key={a.id} id={`action-${a.id}`} className='card countdown-advice__action'>
          <Text className='card-title'>
            {i + firstNumber}. {a.title}
          </Text>
          <Text className='body-text'>{a.detail}</Text>
          {a.steps && a.steps.length > 0 && (
            <View className='countdown-advice__steps'>
              {a.steps.map((s, n) => (
                <Text key={s} className='countdown-advice__step'>
                  {n + 1}）{s}
                </Text>
              ))}
            </View>
          )}
          <SourceNote sourceIds={a.sourceIds} />
        </View>
      ))}
      {(limits.length > 0 || hedge) && <Text className='section-title'>做不到的，和要知道的</Text>}
      {limits.map((n) => (
        <View key={n.id} id={`note-${n.id}`} className='card card--info'>
          <Text className='body-text'>{n.text}</Text>
          <SourceNote sourceIds={n.sourceIds} />
        </View>
      ))}
      {hedge && (
        <View id='note-hedge' className='countdown-advice__hedge'>
          <Text className='hint'>{hedge.text}</Text>
          <SourceNote sourceIds={hedge.sourceIds} />
        </View>
      )}
    </View>
  )
})
