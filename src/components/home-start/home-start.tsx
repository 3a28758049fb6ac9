import { Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import './home-start.scss'
import { ui } from '../../content/ui-case'

interface Props {
  onStart: () => void
}

/** The one large first action on the home page. */
export function HomeStart({ onStart }: Props) {
  return (
    <View id='start-check' className='home-start' {...asButton()} onClick={onStart}>
      <Text className='home-start__title'>{ui.homeStart.title}</Text>
      <Text className='home-start__sub'>{ui.homeStart.sub}</Text>
    </View>
  )
}
