import { Text, View } from '@tarojs/components'
import { crossBorder } from '../../domain'
import { SourceNote } from '../source-note'
import './checklist-cross-border.scss'

/**
 * The short cross-border section for lists that do not already carry it as a group: what changes
 * and whom to contact, promising nothing (FACTS has no cross-border recovery row).
 */
export function CrossBorderNote({ linked }: { linked: boolean }) {
  return (
    <View className='card cross-border' id='cross-border'>
      <Text className='card-title'>{crossBorder.title}</Text>
      <Text className='body-text'>{crossBorder.intro}</Text>
      {crossBorder.points.map((p) => (
        <View key={p.id} className='cross-border__point'>
          <Text className='cross-border__title'>{p.title}</Text>
          <Text className='cross-border__text'>{p.text}</Text>
          <SourceNote sourceIds={p.sourceIds} linked={linked} />
        </View>
      ))}
    </View>
  )
}
