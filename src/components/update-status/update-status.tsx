import { memo, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { stageLabels } from '../../content/labels'
import { phrases } from '../../content/phrases'
import { pathText, tapPaths } from '../../content/tap-paths'
import {
  canMarkAccepted,
  canMarkReturned,
  markAcceptedAt,
  markAcceptedUnknown,
  markReturned,
  type Recorded,
  type StatusUpdate,
  type TransferCase,
} from '../../domain'
import { formatShortDateTime } from '../../format/time'
import { useAppServices } from '../app-services'
import { asButton } from '../../platform/a11y'
import './update-status.scss'

interface Props {
  transfer: TransferCase
  /** Saves the changed transfer; answers a Chinese error, or undefined when it was saved. */
  onSave: (next: TransferCase) => string | undefined
}

type Step = 'closed' | 'choose' | 'accepted-time'

/** The confirmation line under the button, for what was recorded. */
function recordedText(r: Recorded): string {
  if (r.kind === 'returned') return phrases.recordedReturned
  if (r.kind === 'accepted-at') return `已记录：对方在 ${formatShortDateTime(r.at)} 收款。`
  return `已记录：对方在 ${formatShortDateTime(r.by)} 前已收款，具体时间不知道；到账时间按最早和最晚两种可能显示。`
}

/**
 * "更新状态": the user records that the recipient accepted (and when, D2: the delay starts then)
 * or returned the money (T3). The acceptance time is never assumed: either the exact time from
 * 账单 (pickers start empty), or "不知道具体时间", which records only that it was accepted by now
 * (`acceptedBy`), so the rules work with the range of possible arrival times. The rules module
 * checks the time (not before the transfer, within 24 hours of it, not in the future) and its
 * Chinese message is shown as is. After a change the user can undo it, so a mis-tap costs nothing.
 */
export const UpdateStatus = memo(function UpdateStatus({ transfer, onSave }: Props) {
  const [step, setStep] = useState<Step>('closed')
  const [date, setDate] = useState('')
  const [time, setTime] = useState('')
  const [error, setError] = useState('')
  const [done, setDone] = useState<{ text: string; previous: TransferCase } | undefined>()

  const { now: clock, toast } = useAppServices()
  const canAccept = canMarkAccepted(transfer)
  const canReturn = canMarkReturned(transfer)

  const apply = (update: StatusUpdate) => {
    if (!update.ok) return setError(update.message)
    const failed = onSave(update.transfer)
    if (failed) return setError(failed)
    setError('')
    setStep('closed')
    setDone({ text: recordedText(update.recorded), previous: transfer })
    toast('已更新', 'success')
  }

  const open = () => {
    setError('')
    setDone(undefined)
    setStep(step === 'closed' ? 'choose' : 'closed')
  }
  const chooseAccepted = () => {
    // Only a time the user gave before is shown again; otherwise the pickers start empty.
    const known = transfer.acceptedAt !== undefined ? dayjs(transfer.acceptedAt) : undefined
    setDate(known ? known.format('YYYY-MM-DD') : '')
    setTime(known ? known.format('HH:mm') : '')
    setError('')
    setStep('accepted-time')
  }
  const markReturnedNow = () => apply(markReturned(transfer, clock()))
  const saveAccepted = () =>
    apply(markAcceptedAt(transfer, date, time, clock(), phrases.pickAcceptedTime))
  const saveAcceptedUnknown = () => apply(markAcceptedUnknown(transfer, clock()))
  const undo = () => {
    if (!done) return
    const failed = onSave(done.previous)
    if (failed) return setError(failed)
    setDone(undefined)
    toast('已撤销', 'success')
  }

  if (!canAccept && !canReturn) {
    return (
      <View className='card update-status'>
        <Text className='card-title'>状态</Text>
        <Text className='body-text'>{phrases.recordedReturned}</Text>
        {done && <UndoRow text={done.text} onUndo={undo} />}
      </View>
    )
  }

  return (
    <View className='card update-status'>
      <Text className='card-title'>对方有新动静？</Text>
      <Text className='hint'>
        在账单里看到对方收款或退还了，在这里记一下，倒计时和建议会跟着变。
      </Text>
      <View id='update-status' className='btn btn--primary' {...asButton()} onClick={open}>
        {step === 'closed' ? '更新状态' : '收起'}
      </View>
      {step !== 'closed' && (
        <View className='update-status__choices'>
          {canAccept && (
            <View
              id='mark-accepted'
              className={`chip ${step === 'accepted-time' ? 'chip--active' : ''}`}
              {...asButton()}
              onClick={chooseAccepted}
            >
              {transfer.recipient === 'accepted' ? '改对方收款时间' : '对方已收款'}
            </View>
          )}
          {canReturn && (
            <View id='mark-returned' className='chip' {...asButton()} onClick={markReturnedNow}>
              {stageLabels.returned}
            </View>
          )}
        </View>
      )}
      {step === 'accepted-time' && (
        <View className='update-status__time'>
          <Text className='body-text'>对方什么时候收的款？</Text>
          <Text className='card-title'>知道准确时间：按账单填写</Text>
          <Text className='hint'>
            打开 {pathText(tapPaths.bill.steps)}，点开这笔转账，按上面的时间选择日期和时间。
          </Text>
          <View className='update-status__pickers'>
            <Picker
              id='accepted-date'
              {...asButton(`选择对方收款日期，现在是${date || '未选择'}`)}
              mode='date'
              value={date || dayjs().format('YYYY-MM-DD')}
              start={dayjs(transfer.sentAt).format('YYYY-MM-DD')}
              end={dayjs().format('YYYY-MM-DD')}
              onChange={(e) => setDate(e.detail.value)}
            >
              <View className='update-status__picker'>日期：{date || phrases.pickDate}</View>
            </Picker>
            <Picker
              id='accepted-time'
              {...asButton(`选择对方收款时间，现在是${time || '未选择'}`)}
              mode='time'
              value={time || '00:00'}
              onChange={(e) => setTime(e.detail.value)}
            >
              <View className='update-status__picker'>时间：{time || phrases.pickTime}</View>
            </Picker>
          </View>
          <View
            id='save-accepted'
            className='btn btn--primary'
            {...asButton()}
            onClick={saveAccepted}
          >
            保存收款时间
          </View>
          <Text className='card-title'>{phrases.acceptedTimeUnknown}</Text>
          <Text className='hint'>
            只记下“现在已经收款”。到账时间会按最早和最晚两种可能显示，请按最早的时间抓紧投诉。
          </Text>
          <View id='accepted-unknown' className='btn' {...asButton()} onClick={saveAcceptedUnknown}>
            {phrases.acceptedTimeUnknown}
          </View>
        </View>
      )}
      {error && (
        <Text id='update-error' className='error-text'>
          {error}
        </Text>
      )}
      {done && <UndoRow text={done.text} onUndo={undo} />}
    </View>
  )
})

function UndoRow({ text, onUndo }: { text: string; onUndo: () => void }) {
  return (
    <View className='update-status__done'>
      <Text className='body-text'>{text}</Text>
      <View id='undo-status' className='btn btn--small' {...asButton()} onClick={onUndo}>
        记错了，撤销
      </View>
    </View>
  )
}
