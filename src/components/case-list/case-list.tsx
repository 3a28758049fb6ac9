import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { assessTransfer } from '../../domain'
import { CaseCard, type CaseCardItem } from '../case-card'

interface Props {
  cases: readonly CaseCardItem[]
  /** When the list was read from storage (epoch ms). */
  readAt: number
  onOpen: (id: string) => void
  onDelete: (id: string) => void
  /** The page's clock hook (useNow); only the cards re-render on a tick. */
  useClock: () => number
}

/** A window that ticks: an estimate (the ~3-year limitation period) shows a date instead. */
function hasLiveWindow(c: CaseCardItem, now: number) {
  return assessTransfer(c.transfer, now).deadlines.some((d) => !d.passed && d.kind !== 'limitation')
}

/**
 * The saved cases, newest first. The page's one ticker (`useClock`) runs only when at least one case
 * has a window still counting down; otherwise nothing on the list can change while it is shown.
 */
export function CaseList({ cases, readAt, onOpen, onDelete, useClock }: Props) {
  const live = useMemo(() => cases.some((c) => hasLiveWindow(c, readAt)), [cases, readAt])
  if (!cases.length) {
    return (
      <View id='cases-empty' className='card'>
        <Text className='body-text'>还没有保存的转账记录。</Text>
        <Text className='hint'>
          查完状态后点“保存并开始倒计时”，这里会显示每笔转账还剩多少时间。记录只保存在这台手机上。
        </Text>
      </View>
    )
  }
  const props = { cases, onOpen, onDelete }
  return live ? <LiveCards {...props} useClock={useClock} /> : <Cards {...props} now={readAt} />
}

function LiveCards({ useClock, ...props }: Omit<Props, 'readAt'>) {
  const now = useClock()
  return <Cards {...props} now={now} />
}

function Cards({
  cases,
  now,
  onOpen,
  onDelete,
}: Omit<Props, 'readAt' | 'useClock'> & { now: number }) {
  return (
    <View id='cases' className='case-list'>
      {cases.map((c) => (
        <CaseCard key={c.id} item={c} now={now} onOpen={onOpen} onDelete={onDelete} />
      ))}
    </View>
  )
}
