import { View, Text } from '@tarojs/components'
import './index.scss'

export default function CountdownPage() {
  return (
    <View className='page'>
      <Text className='page-title'>倒计时</Text>
      <Text className='page-lead'>这里将放：每个时间窗口的实时倒计时和时间线。</Text>
    </View>
  )
}
