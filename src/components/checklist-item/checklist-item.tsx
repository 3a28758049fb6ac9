import { Text, View } from '@tarojs/components'
import type { ChecklistItem } from '../../domain'
import { useAppServices } from '../app-services'
import { SourceNote } from '../source-note'
import { TapPath } from '../tap-path'
import { asButton, asCheckbox, decorative } from '../../platform/a11y'
import './checklist-item.scss'
import { phrases } from '../../content/phrases'
import { fill } from '../../content/fill'
import { checklistItemUi as ui } from '../../content/ui-guide'

interface Props {
  item: ChecklistItem
  done: boolean
  onToggle: (itemId: string) => void
  /** False in Moments' single-page mode (no navigation). */
  linked: boolean
}

/**
 * One step of the checklist: a check box (id `item-<id>`), what to do, where to find it and why,
 * the tap path with a copy button (`copy-<id>`), a call button (`dial-<id>`), and its source.
 */
export function ChecklistItemCard({ item, done, onToggle, linked }: Props) {
  const { callNumber, copyText } = useAppServices()
  return (
    <View className={`checklist-item ${done ? 'checklist-item--done' : ''}`}>
      <View
        id={`item-${item.id}`}
        className='checklist-item__head'
        data-done={done ? 'yes' : 'no'}
        {...asCheckbox(item.title, done)}
        onClick={() => onToggle(item.id)}
      >
        <View className='checklist-item__box' {...decorative}>
          <Text>{done ? '✓' : ''}</Text>
        </View>
        <Text className='checklist-item__title'>{item.title}</Text>
      </View>
      {item.condition && <Text className='checklist-item__condition'>{item.condition}</Text>}
      <Text className='checklist-item__detail'>{item.detail}</Text>
      {item.where && (
        <Text className='checklist-item__meta'>
          <Text className='checklist-item__meta-label'>{ui.where}</Text>
          {item.where}
        </Text>
      )}
      {item.why && (
        <Text className='checklist-item__meta'>
          <Text className='checklist-item__meta-label'>{ui.why}</Text>
          {item.why}
        </Text>
      )}
      {item.path && <TapPath steps={item.path} />}
      {(item.path || item.call) && (
        <View className='btn-row'>
          {item.path && (
            <View
              id={`copy-${item.id}`}
              className='btn btn--small'
              {...asButton(fill(ui.copyPathName, { path: item.path.join('，') }))}
              onClick={() => copyText(item.path!.join(' → '), ui.copiedPath)}
            >
              {phrases.copyPath}
            </View>
          )}
          {item.call && (
            <View
              id={`dial-${item.id}`}
              className={`btn btn--small ${item.call.number === '110' ? 'btn--danger' : ''}`}
              {...asButton()}
              onClick={() => callNumber(item.call!.number)}
            >
              {item.call.label}
            </View>
          )}
          {item.call && (
            <View
              id={`copynum-${item.id}`}
              className='btn btn--small'
              {...asButton(fill(ui.copyNumberName, { number: item.call.number }))}
              onClick={() =>
                copyText(item.call!.number, fill(ui.copiedNumber, { number: item.call!.number }))
              }
            >
              {ui.copyNumber}
            </View>
          )}
        </View>
      )}
      <SourceNote sourceIds={item.sourceIds} linked={linked} />
    </View>
  )
}
