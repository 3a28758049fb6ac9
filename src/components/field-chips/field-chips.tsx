import { Text, View } from '@tarojs/components'
import './field-chips.scss'

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
}

/** A single choice as large tappable chips (no dropdown to hunt through with shaking hands). */
export function FieldChips<T extends string>({ idPrefix, options, selected, onSelect }: Props<T>) {
  return (
    <View className='field-chips'>
      {options.map((o) => (
        <View
          key={o.value}
          id={`${idPrefix}-${o.value}`}
          className={`chip ${selected === o.value ? 'chip--active' : ''}`}
          ariaRole='button'
          ariaLabel={selected === o.value ? `${o.label}，已选` : o.label}
          onClick={() => onSelect(o.value)}
        >
          <Text>{selected === o.value ? `✓ ${o.label}` : o.label}</Text>
        </View>
      ))}
    </View>
  )
}
