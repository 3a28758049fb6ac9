import { Text, View } from '@tarojs/components'
import type { ChecklistGroup } from '../../domain'
import { ChecklistItemCard } from '../checklist-item'
import './checklist-group.scss'

interface Props {
  group: ChecklistGroup
  isDone: (itemId: string) => boolean
  onToggle: (itemId: string) => void
  linked: boolean
}

/** One group of the checklist (证据, 平台投诉, 报警…) with its own count. */
export function ChecklistGroupCard({ group, isDone, onToggle, linked }: Props) {
  const done = group.items.filter((item) => isDone(item.id)).length
  return (
    <View className='card checklist-group' id={`group-${group.id}`}>
      <View className='checklist-group__head'>
        <Text className='checklist-group__title'>{group.title}</Text>
        <Text className='checklist-group__count'>
          {done}/{group.items.length}
        </Text>
      </View>
      {group.intro && <Text className='checklist-group__intro'>{group.intro}</Text>}
      {group.items.map((item) => (
        <ChecklistItemCard
          key={item.id}
          item={item}
          done={isDone(item.id)}
          onToggle={onToggle}
          linked={linked}
        />
      ))}
    </View>
  )
}
