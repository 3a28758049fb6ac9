import { View, Text } from '@tarojs/components'
import './index.scss'

export default function StatusPage() {
  return (
    <View className='page'>
      <Text className='page-title'>状态自查</Text>
      <Text className='page-lead'>这里将放：几道题判断转账现在处于哪个阶段，还能做什么。</Text>
    </View>
  )
}
