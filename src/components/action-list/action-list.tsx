import { memo } from 'react'
import { Text, View } from '@tarojs/components'
import type { Action } from '../../domain'
import { SourceNote } from '../source-note'
import './action-list.scss'

interface Props {
  actions: readonly Action[]
}

/**
 * "现在可以做的": the assessment's actions in order, each with its numbered steps and sources. The
 * status result and the countdown both show it; memoized on the array, so a tick that leaves the
 * assessment unchanged does not render it again.
 */
export const ActionList = memo(function ActionList({ actions }: Props) {
  return (
    <View className='action-list'>
      <Text className='section-title'>现在可以做的</Text>
      {actions.map((a, i) => (
        <View key={a.id} id={`action-${a.id}`} className='card action-list__card'>
          <Text className='card-title'>
            {i + 1}. {a.title}
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
