import { View, Text } from '@tarojs/components'
import './index.scss'

export default function AboutPage() {
  return (
    <View className='page'>
      <Text className='page-title'>依据与隐私</Text>
      <Text className='page-lead'>这里将放：所有建议的来源、免责声明和隐私承诺。</Text>
    </View>
  )
}
