import { memo } from 'react'
import { Text, View } from '@tarojs/components'
import { methodLabels, stageLabels } from '../../content/labels'
import { formatYuan, type Stage, type TransferCase } from '../../domain'
import { formatDateTime } from '../../format/time'
import './countdown-stage.scss'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

interface Props {
  stage: Stage
  assumptions: readonly string[]
  transfer: TransferCase
  label?: string
}

/** Money back (or on its way back) reads calm; everything else asks for attention. */
const TONE: Readonly<Record<Stage, string>> = {
  'awaiting-acceptance': 'card--warn',
  'in-delay': 'card--danger',
  arrived: 'card--warn',
  unknown: 'card--info',
  untracked: 'card--warn',
  'auto-returned': 'card--accent',
  returned: 'card--accent',
}

/** Which case this is and what the stage estimate assumed (the stage sentence itself is on the
 * first screen). Changes only at a stage boundary, so it never takes part in a tick. */
export const CountdownStage = memo(function CountdownStage({
  stage,
  assumptions,
  transfer,
  label,
}: Props) {
  return (
    <View id='stage' className={`card countdown-stage ${TONE[stage]}`} data-stage={stage}>
      <Text className='countdown-stage__chip'>
        {fill(ui.countdownStage.stage, { stage: stageLabels[stage] })}
      </Text>
      <Text className='countdown-stage__case'>
        {label ? `${label} · ` : ''}
        {fill(ui.countdownStage.transfer, {
          method: methodLabels[transfer.method],
          amount: formatYuan(transfer.amountFen),
          sentAt: formatDateTime(transfer.sentAt),
        })}
      </Text>
      {assumptions.map((text) => (
        <Text key={text} className='hint'>
          {text}
        </Text>
      ))}
    </View>
  )
})
