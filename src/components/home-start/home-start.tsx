import { Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import { Call110Button } from '../call-110-button'
import { SourceNote } from '../source-note'
import './home-start.scss'
import { captionSources, ui } from '../../content/ui-case'

interface Props {
  onStart: () => void
}

/**
 * The first actions on the home page. Someone who was cheated is one tap from 110 (the first 30
 * minutes matter most, C8), before any question; everyone else starts the status check.
 */
export function HomeStart({ onStart }: Props) {
  return (
    <View className='home-start-group'>
      <View id='home-fraud' className='home-fraud'>
        <Text className='home-fraud__title'>{ui.homeStart.fraudTitle}</Text>
        <Text className='home-fraud__sub'>{ui.homeStart.fraudSub}</Text>
        <Call110Button id='home-call-110' className='home-fraud__call' />
        <SourceNote sourceIds={captionSources['homeStart.fraudSub']} />
      </View>
      <View id='start-check' className='home-start' {...asButton()} onClick={onStart}>
        <Text className='home-start__title'>{ui.homeStart.title}</Text>
        <Text className='home-start__sub'>{ui.homeStart.sub}</Text>
      </View>
    </View>
  )
}
