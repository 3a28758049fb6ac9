import { Text, View } from '@tarojs/components'
import { asButton, asGroup } from '../../platform/a11y'
import { callNumber } from '../../platform/phone'
import './call-bar.scss'

/** The three numbers, labelled for what each one is for (FACTS C1, C6). */
export const emergencyNumbers = [
  { number: '110', label: '报警', hint: '被骗、账号被盗：报案打这个', tone: 'danger' },
  { number: '96110', label: '反诈咨询', hint: '咨询和劝阻，不是报案电话', tone: 'plain' },
  {
    number: '95017',
    label: '微信支付客服',
    hint: '请自己拨打；来电自称客服让你转钱的是骗子',
    tone: 'plain',
  },
] as const

export type EmergencyNumber = (typeof emergencyNumbers)[number]['number']

/**
 * How a screen reader names a call button: "拨打 110 报警", then the visible hint (the name must
 * contain the words on the button, for voice control too).
 */
export const callLabel = (n: { number: string; label: string }) => `拨打 ${n.number} ${n.label}`

interface Props {
  /** Numbers shown elsewhere on the screen already (the first screen's 110), left out here. */
  omit?: readonly EmergencyNumber[]
}

/** One-tap calls. Each button has an id `call-<number>` for tests and analytics-free tracing. */
export function CallBar({ omit = [] }: Props) {
  const shown = emergencyNumbers.filter((n) => !omit.includes(n.number))
  return (
    <View className={`call-bar call-bar--${shown.length}`} {...asGroup('一键拨打')}>
      {shown.map((n) => (
        <View
          key={n.number}
          id={`call-${n.number}`}
          className={`call-bar__item call-bar__item--${n.tone}`}
          {...asButton(`${callLabel(n)} ${n.hint}`)}
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
