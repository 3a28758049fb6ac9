import { Text, View } from '@tarojs/components'
import { familyGuide } from '../../domain'
import { SourceNote } from '../source-note'
import './family-guide.scss'
import { familyGuideUi } from '../../content/ui-guide'

/** Every source the short version rests on, once each, in the order the lines use them. */
const familySourceIds = Array.from(new Set(familyGuide.flatMap((line) => line.sourceIds)))

/**
 * The parents' version of the prevention guide opened from a family share card: a handful of one-line rules in big type.
 * This is what a shared card opens, so it needs nothing from storage.
 */
export function FamilyGuide({ noLinks }: { noLinks?: boolean }) {
  return (
    <View className='family-guide'>
      <Text className='family-guide__intro'>{familyGuideUi.intro}</Text>
      {familyGuide.map((line, i) => (
        <View key={line.id} id={`family-${line.id}`} className='family-guide__line'>
          <Text className='family-guide__no'>{i + 1}</Text>
          <Text className='family-guide__text'>{line.text}</Text>
        </View>
      ))}
      <SourceNote sourceIds={familySourceIds} linked={!noLinks} />
    </View>
  )
}
