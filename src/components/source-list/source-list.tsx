import { Text, View } from '@tarojs/components'
import { delayedArrivalName, tabLabels } from '../../content/labels'
import { HEDGE_TEXT, sources, type Confidence, type SourceId } from '../../domain'
import { useOpenGroups } from '../open-groups'
import { asDisclosure } from '../../platform/a11y'
import './source-list.scss'

/** The catalogue's id letters (see src/domain/sources.ts), in the order the app uses them. */
const groups: { prefix: string; title: string }[] = [
  { prefix: 'T', title: '微信转账的过程' },
  { prefix: 'D', title: delayedArrivalName },
  { prefix: 'C', title: '联系方式与投诉途径' },
  { prefix: 'L', title: '法律' },
  { prefix: 'R', title: '法规补充' },
  { prefix: 'P', title: tabLabels.prevention },
  { prefix: 'S', title: '“追回服务”骗局' },
  { prefix: 'F', title: '转账前识别骗局' },
  { prefix: 'M', title: '小程序平台' },
]

const confidenceText: Record<Confidence, string> = {
  high: '可信度：高',
  medium: '可信度：中',
  low: '可信度：低',
}

const allIds = Object.keys(sources)
const byGroup = groups
  .map((g) => ({ ...g, ids: allIds.filter((id) => id.startsWith(g.prefix)) }))
  .concat([
    {
      prefix: '',
      title: '其他',
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
            <Text className='source-list__count'>{group.ids.length} 条</Text>
            <Text className='source-list__arrow'>
              {folding.isOpen(group.title) ? '收起 ▴' : '展开 ▾'}
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
                    {active && <Text className='source-list__here'>你刚才点的依据</Text>}
                  </View>
                  <Text className='source-list__title'>{s.title}</Text>
                  <Text className='source-list__publisher'>
                    来源：{s.publisher}
                    {s.date && s.date !== '—' ? `（${s.date}）` : '（未注明日期）'}
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
