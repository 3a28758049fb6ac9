import { Switch, Text, View } from '@tarojs/components'
import './large-text-switch.scss'

interface Props {
  value: boolean
  onChange: (largeText: boolean) => void
}

/**
 * 大字模式 (FACTS M6). The switch keeps id `large-text-switch`; the words beside it are a second,
 * much larger tap target (the native switch alone is smaller than 88rpx).
 */
export function LargeTextSwitch({ value, onChange }: Props) {
  return (
    <View className='large-text-switch'>
      <View
        id='large-text-label'
        className='large-text-switch__text'
        onClick={() => onChange(!value)}
      >
        <Text className='large-text-switch__label'>大字模式</Text>
        <Text className='large-text-switch__hint'>
          {value ? '已开启：字更大。' : '看不清可以打开。'}也会跟随微信里设置的字体大小。
        </Text>
      </View>
      <Switch
        id='large-text-switch'
        className='large-text-switch__switch'
        checked={value}
        color='#07a35a'
        onChange={(e) => onChange(Boolean(e.detail.value))}
      />
    </View>
  )
}
