import { Text, View } from '@tarojs/components'
import { asSwitch, decorative } from '../../platform/a11y'
import './large-text-switch.scss'

const LABEL = '大字模式'

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
      {...asSwitch(LABEL, value)}
      onClick={() => onChange(!value)}
    >
      <View id='large-text-label' className='large-text-switch__text'>
        <Text className='large-text-switch__label'>{LABEL}</Text>
        <Text className='large-text-switch__hint'>
          {value ? '已开启：字更大。' : '看不清可以打开。'}也会跟随微信里设置的字体大小。
        </Text>
      </View>
      <View className='large-text-switch__track' {...decorative}>
        <Text className='large-text-switch__state'>{value ? '开' : '关'}</Text>
        <View className='large-text-switch__knob' />
      </View>
    </View>
  )
}
