import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { assessTransfer, clockBehind, deadlineCaption, deadlineClock } from '../../domain'
import { formatDate } from '../../format/time'
import { asButton, asLink } from '../../platform/a11y'
import { caseLabel, STAGE_SHORT, type CaseCardItem } from './case-label'
import './case-card.scss'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

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
  const label = caseLabel(item, now)
  const wrongClock = clockBehind([transfer.sentAt, transfer.acceptedAt, item.updatedAt], now)
  return (
    <View id={`case-${item.id}`} className='card case-card'>
      <View
        id={`case-open-${item.id}`}
        className='case-card__main'
        {...asLink(fill(ui.caseCard.openLabel, { case: label, stage: STAGE_SHORT[a.stage] }))}
        onClick={() => onOpen(item.id)}
      >
        <Text className='case-card__label'>{label}</Text>
        <Text className={`case-card__stage case-card__stage--${a.stage}`}>
          {STAGE_SHORT[a.stage]}
        </Text>
        {wrongClock ? (
          <Text id={`case-clock-${item.id}`} className='case-card__deadline'>
            {ui.caseCard.wrongClock}
          </Text>
        ) : (
          next &&
          (next.kind === 'limitation' ? (
            <Text className='case-card__deadline'>
              {fill(ui.caseCard.limitation, { label: next.label, date: formatDate(next.at) })}
            </Text>
          ) : (
            // An uncertain arrival counts to the earliest, then ("可能已到账") to the latest.
            <Text className='case-card__deadline case-card__deadline--live'>
              {next.label}：{deadlineCaption(next, now) || ui.shared.left}{' '}
              {deadlineClock(transfer, next, now).text}
            </Text>
          ))
        )}
      </View>
      <View className='case-card__footer'>
        <View
          id={`case-more-${item.id}`}
          className='case-card__more'
          {...asLink(fill(ui.caseCard.moreLabel, { case: label }))}
          onClick={() => onOpen(item.id)}
        >
          <Text>{ui.caseCard.more}</Text>
        </View>
        <View
          id={`case-delete-${item.id}`}
          className='btn btn--small case-card__delete'
          {...asButton(fill(ui.caseCard.deleteLabel, { case: label }))}
          onClick={() => onDelete(item.id)}
        >
          <Text>{ui.caseCard.delete}</Text>
        </View>
      </View>
    </View>
  )
}
