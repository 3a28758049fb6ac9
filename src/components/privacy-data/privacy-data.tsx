import { Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import './privacy-data.scss'
import { phrases } from '../../content/phrases'
import { fill } from '../../content/fill'
import { privacyDataUi as ui } from '../../content/ui-guide'

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
      <Text className='card-title'>{ui.title}</Text>
      {empty ? (
        <Text className='privacy-data__line' id='stored-empty'>
          {ui.empty}
        </Text>
      ) : (
        <View className='privacy-data__list'>
          <Text className='privacy-data__line' id='stored-cases'>
            {fill(ui.cases, { count: summary.caseCount })}
          </Text>
          <Text className='privacy-data__line'>
            {fill(ui.preventionDone, { count: summary.preventionDone })}
          </Text>
          <Text className='privacy-data__line'>
            {fill(ui.largeText, { state: summary.largeText ? ui.on : ui.off })}
          </Text>
          <Text className='privacy-data__line'>
            {fill(ui.quarantined, { count: summary.quarantinedCount })}
          </Text>
        </View>
      )}
      <Text className='hint'>{ui.clearAlso}</Text>
      <View id='clear-data' className='btn btn--danger' {...asButton()} onClick={onClear}>
        {phrases.clearAll}
      </View>
      <Text className='hint'>{ui.clearWarn}</Text>
    </View>
  )
}
