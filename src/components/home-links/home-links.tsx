import { Text, View } from '@tarojs/components'
import { pageTitles } from '../../content/labels'
import { asLink } from '../../platform/a11y'
import './home-links.scss'

interface Props {
  /** How many unreadable records storage set aside. */
  quarantined: number
  /** How many unreadable records could not be set aside (storage full) and stay where they are. */
  stuck?: number
  onChecklist: () => void
  onPrevention: () => void
  onAbout: () => void
}

/** The way on from home: the complaint checklist, the prevention guide, and 依据与隐私. */
export function HomeLinks({ quarantined, stuck = 0, onChecklist, onPrevention, onAbout }: Props) {
  return (
    <View className='home-links'>
      <View
        id='open-checklist'
        className='card home-links__item'
        {...asLink()}
        onClick={onChecklist}
      >
        <Text className='card-title'>投诉与报警清单 ›</Text>
        <Text className='muted'>
          保存证据、平台投诉、报警、起诉，一项项打勾，还能生成报案材料。
        </Text>
      </View>
      <View
        id='open-prevention'
        className='card home-links__item'
        {...asLink()}
        onClick={onPrevention}
      >
        <Text className='card-title'>防范设置 ›</Text>
        <Text className='muted'>延时到账等防护设置的操作路径，适合转发给家人。</Text>
      </View>
      {quarantined > 0 && (
        <Text
          id='quarantine-note'
          className='hint home-links__note'
          {...asLink()}
          onClick={onAbout}
        >
          有 {quarantined} 条无法读取的记录已被单独保存，详见依据与隐私 ›
        </Text>
      )}
      {stuck > 0 && (
        <Text id='stuck-note' className='hint home-links__note' {...asLink()} onClick={onAbout}>
          另有 {stuck}{' '}
          条无法读取的记录，因为手机存储空间不足，暂时留在原处，没有删除。清理手机空间后会自动放到一边，详见依据与隐私
          ›
        </Text>
      )}
      <Text
        id='open-about'
        className='home-links__about'
        {...asLink(pageTitles.about)}
        onClick={onAbout}
      >
        {pageTitles.about} ›
      </Text>
    </View>
  )
}
