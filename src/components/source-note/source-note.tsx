import { Text, View } from '@tarojs/components'
import { HEDGE_TEXT, isHedged, isSourceId, sources } from '../../domain'
import { openPage, routes } from '../../platform/navigation'
import './source-note.scss'

interface Props {
  sourceIds: readonly string[]
}

/**
 * "依据：…" under a piece of advice, with the hedge when any source is below high confidence.
 * Tapping opens the full source list on the 依据与隐私 page.
 */
export function SourceNote({ sourceIds }: Props) {
  const known = sourceIds.filter(isSourceId)
  if (!known.length) return null
  const names = Array.from(new Set(known.map((id) => sources[id].publisher))).join('；')
  return (
    <View
      className='source-note'
      onClick={() => openPage(routes.about, { source: known[0] })}
      data-sources={known.join(',')}
    >
      <Text className='source-note__text'>
        依据：{names}（{known.join('、')}）
      </Text>
      {isHedged(known) && <Text className='source-note__hedge'>{HEDGE_TEXT}</Text>}
    </View>
  )
}
