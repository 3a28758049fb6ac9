import { Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import './home-start.scss'

interface Props {
  onStart: () => void
}

/** The one large first action on the home page. */
export function HomeStart({ onStart }: Props) {
  return (
    <View id='start-check' className='home-start' {...asButton()} onClick={onStart}>
      <Text className='home-start__title'>刚转错账 / 被骗了？先查状态</Text>
      <Text className='home-start__sub'>回答几个问题，看清钱现在在哪一步、还能做什么 ›</Text>
    </View>
  )
}
