import { memo } from 'react'
import { Text, View } from '@tarojs/components'
import type { Action } from '../../domain'
import { SourceNote } from '../source-note'
import './action-list.scss'
import { ui } from '../../content/ui-case'

interface Props {
  actions: readonly Action[]
  /** The number of the first action listed (where the first screen already shows action 1). */
  firstNumber?: number
}

/**
 * "现在可以做的": the assessment's actions in order, each with its numbered steps and sources. The
 * status result and the countdown both show it; memoized on the array, so a tick that leaves the
 * assessment unchanged does not render it again.
 */
export const ActionList = memo(function ActionList({ actions, firstNumber = 1 }: Props) {
  return (
    <View className='action-list'>
      {actions.length > 0 && (
        <Text className='section-title'>{firstNumber > 1 ? ui.actions.next : ui.actions.now}</Text>
      )}
      {actions.map((a, i) => (
        <View key={a.id} id={`action-${a.id}`} className='card action-list__card'>
          <Text className='card-title'>
            {i + firstNumber}. {a.title}
          </Text>
          <Text className='body-text'>{a.detail}</Text>
          {a.steps && a.steps.length > 0 && (
            <View className='action-list__steps'>
              {a.steps.map((step, n) => (
                <Text key={step} className='body-text action-list__step'>
                  {n + 1}）{step}
                </Text>
              ))}
            </View>
          )}
          <SourceNote sourceIds={a.sourceIds} />
        </View>
      ))}
    </View>
  )
})
