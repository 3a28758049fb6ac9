import { Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import './privacy-data.scss'
import { phrases } from '../../content/phrases'

export interface StoredSummary {
  caseCount: number
  preventionDone: number
  largeText: boolean
  quarantinedCount: number
}

interface Props {
  summary: StoredSummary
  onClear: () => void
}

/** What this phone holds for the app, and the one button that removes all of it. */
export function PrivacyData({ summary, onClear }: Props) {
  const empty =
    !summary.caseCount && !summary.preventionDone && !summary.largeText && !summary.quarantinedCount
  return (
    <View className='card privacy-data' id='stored-data'>
      <Text className='card-title'>这台手机上保存的数据</Text>
      {empty ? (
        <Text className='privacy-data__line' id='stored-empty'>
          没有保存转账记录、防范设置标记或设置。
        </Text>
      ) : (
        <View className='privacy-data__list'>
          <Text className='privacy-data__line' id='stored-cases'>
            转账记录：{summary.caseCount} 笔
          </Text>
          <Text className='privacy-data__line'>防范设置已标记：{summary.preventionDone} 项</Text>
          <Text className='privacy-data__line'>大字模式：{summary.largeText ? '开' : '关'}</Text>
          <Text className='privacy-data__line'>
            放在一边的无法读取的数据：{summary.quarantinedCount} 条
          </Text>
        </View>
      )}
      <Text className='hint'>清除时也会删除投诉清单的打勾进度和填过的报案材料。</Text>
      <View id='clear-data' className='btn btn--danger' {...asButton()} onClick={onClear}>
        {phrases.clearAll}
      </View>
      <Text className='hint'>会删除上面全部内容，删除后不能恢复。不影响微信里的聊天和账单。</Text>
    </View>
  )
}
