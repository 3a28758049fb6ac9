import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { assessTransfer, clockBehind, deadlineCaption, deadlineClock } from '../../domain'
import { formatDate } from '../../format/time'
import { asButton, asLink } from '../../platform/a11y'
import { caseLabel, STAGE_SHORT, type CaseCardItem } from './case-label'
import './case-card.scss'

interface Props {
  item: CaseCardItem
  now: number
  onOpen: (id: string) => void
  onDelete: (id: string) => void
}

/** One saved transfer: its label, its stage and the nearest window still open, counting down. */
export function CaseCard({ item, now, onOpen, onDelete }: Props) {
  const a = useMemo(() => assessTransfer(item.transfer, now), [item.transfer, now])
  const next = a.deadlines.find((d) => !d.passed)
  const { transfer } = item
  const wrongClock = clockBehind([transfer.sentAt, transfer.acceptedAt, item.updatedAt], now)
  return (
    <View id={`case-${item.id}`} className='card case-card'>
      <View
        id={`case-open-${item.id}`}
        className='case-card__main'
        {...asLink(`${caseLabel(item, now)}，${STAGE_SHORT[a.stage]}，打开倒计时`)}
        onClick={() => onOpen(item.id)}
      >
        <Text className='case-card__label'>{caseLabel(item, now)}</Text>
        <Text className={`case-card__stage case-card__stage--${a.stage}`}>
          {STAGE_SHORT[a.stage]}
        </Text>
        {wrongClock ? (
          <Text id={`case-clock-${item.id}`} className='case-card__deadline'>
            手机时间比这笔转账还早，可能不对：倒计时先停下，请打开查看怎么改
          </Text>
        ) : (
          next &&
          (next.kind === 'limitation' ? (
            <Text className='case-card__deadline'>
              {next.label}：约 {formatDate(next.at)} 前
            </Text>
          ) : (
            // An uncertain arrival counts to the earliest, then ("可能已到账") to the latest.
            <Text className='case-card__deadline case-card__deadline--live'>
              {next.label}：{deadlineCaption(next, now) || '还剩'}{' '}
              {deadlineClock(transfer, next, now).text}
            </Text>
          ))
        )}
      </View>
      <View className='case-card__footer'>
        <View
          id={`case-more-${item.id}`}
          className='case-card__more'
          {...asLink(`查看倒计时和下一步：${caseLabel(item, now)}`)}
          onClick={() => onOpen(item.id)}
        >
          <Text>查看倒计时和下一步 ›</Text>
        </View>
        <View
          id={`case-delete-${item.id}`}
          className='btn btn--small case-card__delete'
          {...asButton(`删除记录：${caseLabel(item, now)}`)}
          onClick={() => onDelete(item.id)}
        >
          <Text>删除</Text>
        </View>
      </View>
    </View>
  )
}
