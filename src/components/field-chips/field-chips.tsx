import { Text, View } from '@tarojs/components'
import { asRadio, asRadioGroup } from '../../platform/a11y'
import { useFieldLabel } from '../field-row/field-label'
import './field-chips.scss'
import { ui } from '../../content/ui-case'

export interface ChipOption<T extends string> {
  value: T
  label: string
}

interface Props<T extends string> {
  /** Each chip gets the id `<idPrefix>-<value>`. */
  idPrefix: string
  options: readonly ChipOption<T>[]
  selected?: T
  onSelect: (value: T) => void
  /** Names the group when it is not inside a FieldRow. */
  label?: string
}

/**
 * A single choice as large tappable chips (no dropdown to hunt through with shaking hands). A screen
 * reader hears a radio group named after the question of the FieldRow around it (or `label`).
 */
export function FieldChips<T extends string>({
  idPrefix,
  options,
  selected,
  onSelect,
  label,
}: Props<T>) {
  const question = useFieldLabel()
  return (
    <View className='field-chips' {...asRadioGroup(label || question || ui.field.chooseOne)}>
      {options.map((o) => (
        <View
          key={o.value}
          id={`${idPrefix}-${o.value}`}
          className={`chip ${selected === o.value ? 'chip--active' : ''}`}
          {...asRadio(o.label, selected === o.value)}
          onClick={() => onSelect(o.value)}
        >
          <Text>{selected === o.value ? `✓ ${o.label}` : o.label}</Text>
        </View>
      ))}
    </View>
  )
}
