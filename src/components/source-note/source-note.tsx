import { Text, View } from '@tarojs/components'
import { HEDGE_TEXT, isHedged, isSourceId, sources } from '../../domain'
import { routes } from '../../content/routes'
import { useAppServices } from '../app-services'
import './source-note.scss'

interface Props {
  sourceIds: readonly string[]
  /**
   * False in Moments' single-page mode, where the page cannot navigate (FACTS M3): the note is then
   * plain text instead of a link to the 依据与隐私 page.
   */
  linked?: boolean
}

/**
 * "依据：…" under a piece of advice, with the hedge when any source is below high confidence.
 * Tapping opens the full source list on the 依据与隐私 page.
 */
export function SourceNote({ sourceIds, linked = true }: Props) {
  const { openPage } = useAppServices()
  const known = sourceIds.filter(isSourceId)
  if (!known.length) return null
  // Publishers are often lists ('羊城晚报；兰州晚报'): name each one once.
  const names = Array.from(
    new Set(known.flatMap((id) => sources[id].publisher.split('；').map((p) => p.trim()))),
  ).join('；')
  return (
    <View
      className='source-note'
      onClick={linked ? () => openPage(routes.about, { source: known[0] }) : undefined}
      data-sources={known.join(',')}
    >
      <Text className='source-note__text'>
        依据：{names}（{known.join('、')}）
      </Text>
      {isHedged(known) && <Text className='source-note__hedge'>{HEDGE_TEXT}</Text>}
    </View>
  )
}
