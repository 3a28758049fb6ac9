import { Text, View } from '@tarojs/components'
import type { Warning } from '../../domain'
import { useAppServices } from '../app-services'
import { SourceNote } from '../source-note'
import { asButton } from '../../platform/a11y'
import './warning-list.scss'

interface Props {
  items: readonly Warning[]
  linked: boolean
}

/**
 * Warnings that must stand out (S1 paid recovery, S2 "转错了" strangers, C1 fake 95017 calls):
 * danger ones in red cards, cautions in amber. A warning's number is one the user dials themselves.
 */
export function WarningList({ items, linked }: Props) {
  const { callNumber } = useAppServices()
  return (
    <View className='warning-list'>
      {items.map((w) => (
        <View
          key={w.id}
          id={`warning-${w.id}`}
          className={`card warning-list__card ${w.level === 'danger' ? 'card--danger' : 'card--warn'}`}
        >
          <Text className='warning-list__title'>
            {w.level === 'danger' ? '⚠ ' : ''}
            {w.title}
          </Text>
          <Text className='warning-list__body'>{w.body}</Text>
          {w.call && (
            <View className='btn-row'>
              <View
                id={`dial-warning-${w.id}`}
                className='btn btn--small'
                {...asButton()}
                onClick={() => callNumber(w.call!.number)}
              >
                {w.call.label}
              </View>
            </View>
          )}
          <SourceNote sourceIds={w.sourceIds} linked={linked} />
        </View>
      ))}
    </View>
  )
}
