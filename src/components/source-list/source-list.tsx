import { Text, View } from '@tarojs/components'
import { fill } from '../../content/fill'
import { guideCommonUi, sourceListUi as ui } from '../../content/ui-guide'
import { HEDGE_TEXT, sources, type Confidence, type SourceId } from '../../domain'
import { useOpenGroups } from '../open-groups'
import { asDisclosure } from '../../platform/a11y'
import './source-list.scss'

/** The catalogue's id letters (see src/content/sources.ts), in the order the app uses them. */
const groups: { prefix: string; title: string }[] = Object.entries(ui.groups).map(
  ([prefix, title]) => ({ prefix, title }),
)

const confidenceText: Record<Confidence, string> = ui.confidence

const allIds = Object.keys(sources)
const byGroup = groups
  .map((g) => ({ ...g, ids: allIds.filter((id) => id.startsWith(g.prefix)) }))
  .concat([
    {
      prefix: '',
      title: ui.other,
      ids: allIds.filter((id) => !groups.some((g) => id.startsWith(g.prefix))),
    },
  ])
  .filter((g) => g.ids.length)

interface Props {
  /** The source a SourceNote tap asked for: highlighted (the page scrolls to `#source-<id>`). */
  activeId?: SourceId
}

/**
 * Every source in the catalogue: the fact, who said it, when, and how sure we are. Groups fold to
 * their title and count; the one holding the source a note asked for (else the first) starts open.
 */
export function SourceList({ activeId }: Props) {
  const first = byGroup.find((g) => activeId && g.ids.includes(activeId)) || byGroup[0]
  const folding = useOpenGroups(activeId || '', first.title)
  return (
    <View className='source-list'>
      {byGroup.map((group) => (
        <View key={group.title} className='source-list__group'>
          <View
            className='source-list__head'
            {...asDisclosure(undefined, folding.isOpen(group.title))}
            onClick={() => folding.toggle(group.title)}
          >
            <Text className='source-list__group-title'>{group.title}</Text>
            <Text className='source-list__count'>
              {fill(guideCommonUi.count, { count: group.ids.length })}
            </Text>
            <Text className='source-list__arrow'>
              {folding.isOpen(group.title) ? guideCommonUi.fold.open : guideCommonUi.fold.closed}
            </Text>
          </View>
          {folding.isOpen(group.title) &&
            group.ids.map((id) => {
              const s = sources[id]
              const active = id === activeId
              return (
                <View
                  key={id}
                  id={`source-${id}`}
                  className={`source-list__item ${active ? 'source-list__item--active' : ''}`}
                >
                  <View className='source-list__meta'>
                    <Text className='source-list__id'>{id}</Text>
                    <Text className={`source-list__conf source-list__conf--${s.confidence}`}>
                      {confidenceText[s.confidence]}
                    </Text>
                    {active && <Text className='source-list__here'>{ui.active}</Text>}
                  </View>
                  <Text className='source-list__title'>{s.title}</Text>
                  <Text className='source-list__publisher'>
                    {s.date && s.date !== '—'
                      ? fill(ui.publisher, { publisher: s.publisher, date: s.date })
                      : fill(ui.publisherUndated, { publisher: s.publisher })}
                  </Text>
                  {s.url && (
                    <Text className='source-list__url' userSelect>
                      {s.url}
                    </Text>
                  )}
                  {s.confidence !== 'high' && (
                    <Text className='source-list__hedge'>{HEDGE_TEXT}</Text>
                  )}
                </View>
              )
            })}
        </View>
      ))}
    </View>
  )
}
