import { View, Text } from '@tarojs/components'
import './index.scss'

export default function ChecklistPage() {
  return (
    <View className='page'>
      <Text className='page-title'>投诉清单</Text>
      <Text className='page-lead'>
        这里将放：证据、平台投诉、报警、民事途径的清单，以及可复制的报案材料。
      </Text>
    </View>
  )
}
