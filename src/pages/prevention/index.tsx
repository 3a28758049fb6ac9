import { View, Text } from '@tarojs/components'
import './index.scss'

export default function PreventionPage() {
  return (
    <View className='page'>
      <Text className='page-title'>防范设置</Text>
      <Text className='page-lead'>
        这里将放：延时到账等防护设置的操作路径，以及给家人看的简版。
      </Text>
    </View>
  )
}
