import { Text, View } from '@tarojs/components'
import { emergencyNumbers } from '../../content/contacts'
import { asButton, asGroup } from '../../platform/a11y'
import { useAppServices } from '../app-services'
import './call-bar.scss'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

export { emergencyNumbers }

export type EmergencyNumber = (typeof emergencyNumbers)[number]['number']

/** A dial button that shows its words as one caption: "拨打 110 报警". */
export const callLabel = (n: { number: string; label: string }) => fill(ui.call.dial, n)

interface Props {
  /** Numbers shown elsewhere on the screen already (the first screen's 110), left out here. */
  omit?: readonly EmergencyNumber[]
}

/** One-tap calls. Each button has an id `call-<number>` for tests and analytics-free tracing. */
export function CallBar({ omit = [] }: Props) {
  const shown = emergencyNumbers.filter((n) => !omit.includes(n.number))
  const { callNumber } = useAppServices()
  return (
    <View className={`call-bar call-bar--${shown.length}`} {...asGroup(ui.call.group)}>
      {shown.map((n) => (
        <View
          key={n.number}
          id={`call-${n.number}`}
          className={`call-bar__item call-bar__item--${n.tone}`}
          // The name begins with what the button shows, so a voice-control user can say it.
          {...asButton(fill(ui.call.name, { number: n.number, label: n.label, hint: n.hint }))}
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
