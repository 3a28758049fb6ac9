import { Text, View } from '@tarojs/components'
import { asSwitch, decorative } from '../../platform/a11y'
import './large-text-switch.scss'
import { ui } from '../../content/ui-case'

interface Props {
  value: boolean
  onChange: (largeText: boolean) => void
}

/**
 * 大字模式 (FACTS A1, M6). The whole row is one switch (id `large-text-switch`): a target far larger
 * than the native switch, announced as "大字模式, switch, on/off" by a screen reader.
 */
export function LargeTextSwitch({ value, onChange }: Props) {
  return (
    <View
      id='large-text-switch'
      className={`large-text-switch ${value ? 'large-text-switch--on' : ''}`}
      {...asSwitch(ui.largeText.label, value)}
      onClick={() => onChange(!value)}
    >
      <View id='large-text-label' className='large-text-switch__text'>
        <Text className='large-text-switch__label'>{ui.largeText.label}</Text>
        <Text className='large-text-switch__hint'>
          {value ? ui.largeText.hintOn : ui.largeText.hintOff}
        </Text>
      </View>
      <View className='large-text-switch__track' {...decorative}>
        <Text className='large-text-switch__state'>
          {value ? ui.largeText.on : ui.largeText.off}
        </Text>
        <View className='large-text-switch__knob' />
      </View>
    </View>
  )
}
