import { Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import { useAppServices } from '../app-services'
import { SourceNote } from '../source-note'
import './home-start.scss'
import { phrases } from '../../content/phrases'
import { captionSources, ui } from '../../content/ui-case'

interface Props {
  onStart: () => void
}

/**
 * The first actions on the home page. Someone who was cheated is one tap from 110 (the first 30
 * minutes matter most, C8), before any question; everyone else starts the status check.
 */
export function HomeStart({ onStart }: Props) {
  const { callNumber } = useAppServices()
  return (
    <View className='home-start-group'>
      <View id='home-fraud' className='home-fraud'>
        <Text className='home-fraud__title'>{ui.homeStart.fraudTitle}</Text>
        <Text className='home-fraud__sub'>{ui.homeStart.fraudSub}</Text>
        <View
          id='home-call-110'
          className='btn btn--danger home-fraud__call'
          {...asButton(phrases.call110Title)}
          onClick={() => callNumber('110')}
        >
          <Text>{phrases.call110Button}</Text>
        </View>
        <SourceNote sourceIds={captionSources['homeStart.fraudSub']} />
      </View>
      <View id='start-check' className='home-start' {...asButton()} onClick={onStart}>
        <Text className='home-start__title'>{ui.homeStart.title}</Text>
        <Text className='home-start__sub'>{ui.homeStart.sub}</Text>
      </View>
    </View>
  )
}
