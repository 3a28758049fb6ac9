import { View, Text } from '@tarojs/components'
import './index.scss'

export default function HomePage() {
  return (
    <View className='page'>
      <Text className='page-title'>转账急救箱</Text>
      <Text className='page-lead'>
        这里将放：先查状态的入口、一键拨打 110 / 96110 / 95017、已保存的转账和倒计时。
      </Text>
    </View>
  )
}
