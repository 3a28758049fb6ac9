import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { HEDGE_TEXT, isHedged, isSourceId, sources } from '../../domain'
import { routes } from '../../content/routes'
import { asDisclosure, asLink, decorative } from '../../platform/a11y'
import { useAppServices } from '../app-services'
import { fill } from '../../content/fill'
import { sourceNoteUi } from '../../content/ui-guide'
import { publisherNames, shortSourceLine } from './publishers'
import './source-note.scss'

interface Props {
  sourceIds: readonly string[]
  /**
   * False in Moments' single-page mode, where the page cannot navigate (FACTS M3): the control
   * then unfolds the sources in place instead of opening the 依据与隐私 page.
   */
  linked?: boolean
  /**
   * The app's own guidance with no source: says so ("来源：无") instead of showing nothing, and
   * never a confidence or a hedge.
   */
  guidance?: boolean
}

/**
 * The source behind a piece of advice, folded to one short control ("依据：泸州日报 ›") with the
 * hedge when any source is below high confidence. A tap opens the full entry on the 依据与隐私
 * page, or unfolds the sources by name where the page cannot navigate.
 */
export function SourceNote({ sourceIds, linked = true, guidance = false }: Props) {
  const { openPage } = useAppServices()
  const [open, setOpen] = useState(false)
  const known = sourceIds.filter(isSourceId)
  if (!known.length) {
    return guidance ? (
      <View className='source-note' data-sources=''>
        <Text className='source-note__text'>{sourceNoteUi.none}</Text>
      </View>
    ) : null
  }
  const line = shortSourceLine(known)
  return (
    <View className='source-note' data-sources={known.join(',')}>
      <View
        className='source-note__toggle'
        {...(linked ? asLink() : asDisclosure(undefined, open))}
        onClick={() => (linked ? openPage(routes.about, { source: known[0] }) : setOpen((v) => !v))}
      >
        <Text className='source-note__text'>{fill(sourceNoteUi.line, { line })}</Text>
        <Text className='source-note__arrow' {...decorative}>
          {linked ? '›' : open ? '▴' : '▾'}
        </Text>
      </View>
      {isHedged(known) && <Text className='source-note__hedge'>{HEDGE_TEXT}</Text>}
      {open && !linked && (
        <View className='source-note__list'>
          {known.map((id) => (
            <Text key={id} className='source-note__source'>
              {sources[id].title}（
              {publisherNames([id]).join('；') || sourceNoteUi.unknownPublisher}）
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
