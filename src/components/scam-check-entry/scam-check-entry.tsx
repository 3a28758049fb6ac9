import { Text, View } from '@tarojs/components'
import { controlProps, decorative } from '../../platform/a11y'
import './scam-check-entry.scss'

interface Props {
  title: string
  subtitle: string
  onOpen: () => void
}

/** The way into the scam-sign check from home, the prevention guide and the status result. */
export function ScamCheckEntry({ title, subtitle, onOpen }: Props) {
  return (
    <View
      id='open-scam-check'
      className='card scam-check-entry'
      {...controlProps('button', `${title}。${subtitle}`)}
      onClick={onOpen}
    >
      <Text className='scam-check-entry__title'>
        {title} <Text {...decorative}>›</Text>
      </Text>
      <Text className='scam-check-entry__sub'>{subtitle}</Text>
    </View>
  )
}
