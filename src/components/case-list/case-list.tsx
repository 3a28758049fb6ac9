import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { assessTransfer } from '../../domain'
import { CaseCard, type CaseCardItem } from '../case-card'
import { ShowMore, useRowLimit } from '../show-more'
import { ui } from '../../content/ui-case'

interface Props {
  cases: readonly CaseCardItem[]
  /** When the list was read from storage (epoch ms). */
  readAt: number
  /** Storage threw while reading: records may exist that could not be read. */
  readFailed?: boolean
  onOpen: (id: string) => void
  onDelete: (id: string) => void
  /** The page's clock hook (useNow); only the cards re-render on a tick. */
  useClock: () => number
}

/** Rows on screen at first: the page's first setData stays small however many cases are stored. */
export const CASE_ROWS = 10

/** A window that ticks: an estimate (the ~3-year limitation period) shows a date instead. */
function hasLiveWindow(c: CaseCardItem, now: number) {
  return assessTransfer(c.transfer, now).deadlines.some((d) => !d.passed && d.kind !== 'limitation')
}

/**
 * The saved cases, newest first, CASE_ROWS at a time ("查看更早的 N 条" shows more). The page's one
 * ticker (the `useClock` it is given) runs only when a case on screen has a window still counting down; otherwise
 * nothing on the list can change while it is shown.
 */
export function CaseList({ cases, readAt, readFailed, onOpen, onDelete, useClock }: Props) {
  const { limit, showMore } = useRowLimit(CASE_ROWS)
  const shown = useMemo(() => cases.slice(0, limit), [cases, limit])
  const live = useMemo(() => shown.some((c) => hasLiveWindow(c, readAt)), [shown, readAt])
  const failedNote = readFailed ? (
    <View id='cases-unreadable' className='card card--warn'>
      <Text className='card-title'>
        {cases.length ? ui.caseList.unreadableSome : ui.caseList.unreadableAll}
      </Text>
      <Text className='body-text'>{ui.caseList.unreadable}</Text>
    </View>
  ) : null
  if (!cases.length) {
    return (
      failedNote || (
        <View id='cases-empty' className='card'>
          <Text className='body-text'>{ui.caseList.empty}</Text>
          <Text className='hint'>{ui.caseList.emptyHint}</Text>
        </View>
      )
    )
  }
  const props = { cases: shown, onOpen, onDelete }
  return (
    <View className='case-list-wrap'>
      {failedNote}
      {live ? <LiveCards {...props} useClock={useClock} /> : <Cards {...props} now={readAt} />}
      <ShowMore id='cases-more' hidden={cases.length - shown.length} onMore={showMore} />
    </View>
  )
}

type CardsProps = Omit<Props, 'readAt' | 'readFailed' | 'useClock'>

function LiveCards({ useClock, ...props }: CardsProps & { useClock: () => number }) {
  const now = useClock()
  return <Cards {...props} now={now} />
}

function Cards({ cases, now, onOpen, onDelete }: CardsProps & { now: number }) {
  return (
    <View id='cases' className='case-list'>
      {cases.map((c) => (
        <CaseCard key={c.id} item={c} now={now} onOpen={onOpen} onDelete={onDelete} />
      ))}
    </View>
  )
}
