import { Text, View } from '@tarojs/components'
import { pageTitles } from '../../content/labels'
import { asLink } from '../../platform/a11y'
import './home-links.scss'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

interface Props {
  /** How many unreadable records storage set aside. */
  quarantined: number
  /** How many unreadable records could not be set aside (storage full) and stay where they are. */
  stuck?: number
  onChecklist: () => void
  onPrevention: () => void
  onAbout: () => void
}

/** The way on from home: the complaint checklist, the prevention guide, and 依据与隐私. */
export function HomeLinks({ quarantined, stuck = 0, onChecklist, onPrevention, onAbout }: Props) {
  return (
    <View className='home-links'>
      <View
        id='open-checklist'
        className='card home-links__item'
        {...asLink()}
        onClick={onChecklist}
      >
        <Text className='card-title'>{ui.homeLinks.checklist}</Text>
        <Text className='muted'>{ui.homeLinks.checklistSub}</Text>
      </View>
      <View
        id='open-prevention'
        className='card home-links__item'
        {...asLink()}
        onClick={onPrevention}
      >
        <Text className='card-title'>{ui.homeLinks.prevention}</Text>
        <Text className='muted'>{ui.homeLinks.preventionSub}</Text>
      </View>
      {quarantined > 0 && (
        <Text
          id='quarantine-note'
          className='hint home-links__note'
          {...asLink()}
          onClick={onAbout}
        >
          {fill(ui.homeLinks.quarantined, { count: quarantined })}
        </Text>
      )}
      {stuck > 0 && (
        <Text id='stuck-note' className='hint home-links__note' {...asLink()} onClick={onAbout}>
          {fill(ui.homeLinks.stuck, { count: stuck })}
        </Text>
      )}
      <Text
        id='open-about'
        className='home-links__about'
        {...asLink(pageTitles.about)}
        onClick={onAbout}
      >
        {pageTitles.about} ›
      </Text>
    </View>
  )
}
