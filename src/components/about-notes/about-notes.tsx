import { Text, View } from '@tarojs/components'
import './about-notes.scss'

/** The plain disclaimer: what this app is not, and who decides. */
export function AboutDisclaimer() {
  return (
    <View className='card card--warn about-notes' id='disclaimer'>
      <Text className='card-title'>先说清楚</Text>
      <Text className='about-notes__line'>本应用不是法律意见，也不代表微信、公安机关或法院。</Text>
      <Text className='about-notes__line'>
        钱能不能退回、怎么处理，以微信、公安机关和法院等官方渠道的处理结果为准。
      </Text>
      <Text className='about-notes__line'>
        内容整理自下面列出的公开资料。微信的界面和规则会变，可信度为“中”或“低”的内容都注明了“以微信客户端实际显示为准”。
      </Text>
    </View>
  )
}

/** The privacy promise (README 隐私承诺), in the words the user sees. */
export function PrivacyPromise() {
  return (
    <View className='card card--accent about-notes' id='privacy-promise'>
      <Text className='card-title'>隐私承诺</Text>
      <Text className='about-notes__line'>你填的内容只保存在这台手机的微信本地存储里。</Text>
      <Text className='about-notes__line'>应用没有服务器，不联网，不上传任何数据。</Text>
      <Text className='about-notes__line'>
        分享卡片只有固定的标题和页面，不含金额、姓名、微信号或交易单号。
      </Text>
      <Text className='about-notes__line'>
        只有你点按钮时，才会复制到剪贴板，或把截止时间写入手机日历（只写入，不读取）。
      </Text>
      <Text className='about-notes__line'>
        微信在手机空间不足等情况下可能清理本地数据。重要的证据请另外截图保存。
      </Text>
    </View>
  )
}
