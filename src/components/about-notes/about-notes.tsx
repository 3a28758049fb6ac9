import { Text, View } from '@tarojs/components'
import { aboutNotesUi } from '../../content/ui-guide'
import './about-notes.scss'

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line) => (
        <Text key={line} className='about-notes__line'>
          {line}
        </Text>
      ))}
    </>
  )
}

/** The plain disclaimer: what this app is not, and who decides. */
export function AboutDisclaimer() {
  const { title, lines } = aboutNotesUi.disclaimer
  return (
    <View className='card card--warn about-notes' id='disclaimer'>
      <Text className='card-title'>{title}</Text>
      <Lines lines={lines} />
    </View>
  )
}

/** The privacy promise (README 隐私承诺), in the words the user sees. */
export function PrivacyPromise() {
  const { title, lines } = aboutNotesUi.privacy
  return (
    <View className='card card--accent about-notes' id='privacy-promise'>
      <Text className='card-title'>{title}</Text>
      <Lines lines={lines} />
    </View>
  )
}
