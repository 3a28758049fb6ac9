import { Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import { useAppServices } from '../app-services'
import { phrases } from '../../content/phrases'

interface Props {
  id: string
  className?: string
  /** The words on the button; the screen reader always hears "拨打 110 报警". */
  label?: string
}

/** One red button that dials 110 (FACTS C6): on the home page, the first screen, the 30-minute card. */
export function Call110Button({ id, className = '', label = phrases.call110Button }: Props) {
  const { callNumber } = useAppServices()
  return (
    <View
      id={id}
      className={`btn btn--danger ${className}`}
      {...asButton(phrases.call110Title)}
      onClick={() => callNumber('110')}
    >
      <Text>{label}</Text>
    </View>
  )
}
