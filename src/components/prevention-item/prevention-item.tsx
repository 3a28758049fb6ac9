import { Text, View } from '@tarojs/components'
import type { PreventionItem } from '../../domain'
import { SourceNote } from '../source-note'
import { PreventionTapPath } from '../prevention-tap-path'
import { asCheckbox } from '../../platform/a11y'
import './prevention-item.scss'
import { fill } from '../../content/fill'
import { preventionItemUi as ui } from '../../content/ui-guide'

interface Props {
  item: PreventionItem
  done: boolean
  onToggle: (itemId: string) => void
  /** Single-page mode: source notes without links. */
  noLinks?: boolean
}

/**
 * One setting or habit of the prevention guide: why it helps, the tap path or the steps, its
 * honest limits, what to do when the option is missing, and a saved done-mark (`done-<id>`).
 */
export function PreventionItemCard({ item, done, onToggle, noLinks }: Props) {
  const isHabit = !item.path.length
  const doneText = isHabit ? ui.states.habit : ui.states.setting
  const shown = done ? doneText : fill(ui.mark, { state: doneText })
  return (
    <View className={`card prevention-item ${done ? 'prevention-item--done' : ''}`}>
      <View className='prevention-item__head'>
        <Text className='card-title prevention-item__title'>{item.title}</Text>
        <View
          id={`done-${item.id}`}
          className={`chip prevention-item__mark ${done ? 'chip--active' : ''}`}
          {...asCheckbox(fill(ui.markName, { shown, title: item.title }), done)}
          onClick={() => onToggle(item.id)}
        >
          {fill(done ? ui.marked : ui.mark, { state: doneText })}
        </View>
      </View>

      <Text className='body-text'>{item.why}</Text>

      <PreventionTapPath itemId={item.id} path={item.path} pathNote={item.pathNote} />

      {item.steps && (
        <View className='prevention-item__steps'>
          {item.steps.map((step, i) => (
            <Text key={step} className='prevention-item__step'>
              {i + 1}. {step}
            </Text>
          ))}
        </View>
      )}

      <View className='prevention-item__limits'>
        <Text className='prevention-item__label'>{ui.limits}</Text>
        <Text className='prevention-item__limits-text'>{item.limits}</Text>
      </View>

      {item.ifMissing && (
        // The text brings its own lead-in ("找不到这个选项：…", "登不上账号时：…").
        <View className='prevention-item__missing'>
          <Text className='prevention-item__limits-text'>{item.ifMissing}</Text>
        </View>
      )}

      <SourceNote sourceIds={item.sourceIds} linked={!noLinks} />

      {item.aside && (
        // Rests on a weaker source than the advice above, so it carries its own.
        <View className='prevention-item__aside'>
          <Text className='prevention-item__limits-text'>{item.aside.text}</Text>
          <SourceNote sourceIds={item.aside.sourceIds} linked={!noLinks} />
        </View>
      )}
    </View>
  )
}
