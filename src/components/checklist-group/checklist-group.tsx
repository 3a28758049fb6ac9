import { Text, View } from '@tarojs/components'
import type { ChecklistGroup } from '../../domain'
import { asDisclosure } from '../../platform/a11y'
import { ChecklistItemCard } from '../checklist-item'
import './checklist-group.scss'
import { fill } from '../../content/fill'
import { checklistGroupUi, guideCommonUi } from '../../content/ui-guide'

interface Props {
  group: ChecklistGroup
  isDone: (itemId: string) => boolean
  onToggle: (itemId: string) => void
  linked: boolean
  /** Folded groups show only their title and progress; a tap on the head unfolds them. */
  open: boolean
  onOpen: (groupId: string) => void
}

/** One group of the checklist (证据, 平台投诉, 报警…) with its own count, folded or open. */
export function ChecklistGroupCard({ group, isDone, onToggle, linked, open, onOpen }: Props) {
  const done = group.items.filter((item) => isDone(item.id)).length
  const total = group.items.length
  const state = fill(done === total ? checklistGroupUi.allDone : checklistGroupUi.progress, {
    done,
    total,
  })
  return (
    <View
      className={`card checklist-group ${open ? 'checklist-group--open' : ''}`}
      id={`group-${group.id}`}
    >
      <View
        id={`group-toggle-${group.id}`}
        className='checklist-group__head'
        {...asDisclosure(undefined, open)}
        onClick={() => onOpen(group.id)}
      >
        <Text className='checklist-group__title'>{group.title}</Text>
        <Text
          className={`checklist-group__count ${done === total ? 'checklist-group__count--done' : ''}`}
        >
          {state}
        </Text>
        <Text className='checklist-group__arrow'>
          {open ? guideCommonUi.fold.open : guideCommonUi.fold.closed}
        </Text>
      </View>
      {open && group.intro && <Text className='checklist-group__intro'>{group.intro}</Text>}
      {open &&
        group.items.map((item) => (
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
