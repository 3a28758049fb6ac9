import { Text, View } from '@tarojs/components'
import { emergencyNumbers } from '../../content/contacts'
import { useAppServices } from '../app-services'
import './call-bar.scss'

export { emergencyNumbers }

/** One-tap calls. Each button has an id `call-<number>` for tests and analytics-free tracing. */
export function CallBar() {
  const { callNumber } = useAppServices()
  return (
    <View className='call-bar'>
      {emergencyNumbers.map((n) => (
        <View
          key={n.number}
          id={`call-${n.number}`}
          className={`call-bar__item call-bar__item--${n.tone}`}
          onClick={() => callNumber(n.number)}
        >
          <Text className='call-bar__number'>{n.number}</Text>
          <Text className='call-bar__label'>{n.label}</Text>
          <Text className='call-bar__hint'>{n.hint}</Text>
        </View>
      ))}
    </View>
  )
}
