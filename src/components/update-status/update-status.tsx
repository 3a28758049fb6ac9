import { memo, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { stageLabels } from '../../content/labels'
import { phrases } from '../../content/phrases'
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
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

interface Props {
  transfer: TransferCase
  /** Saves the changed transfer; answers a Chinese error, or undefined when it was saved. */
  onSave: (next: TransferCase) => string | undefined
}

type Step = 'closed' | 'choose' | 'accepted-time'

/** The confirmation line under the button, for what was recorded. */
function recordedText(r: Recorded): string {
  if (r.kind === 'returned') return phrases.recordedReturned
  if (r.kind === 'accepted-at')
    return fill(ui.updateStatus.recordedAt, { time: formatShortDateTime(r.at) })
  return fill(ui.updateStatus.recordedBy, { time: formatShortDateTime(r.by) })
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
  // What each picker shows, which also begins its screen-reader name.
  const dateShown = fill(ui.updateStatus.date, { value: date || phrases.pickDate })
  const timeShown = fill(ui.updateStatus.time, { value: time || phrases.pickTime })
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
    toast(ui.updateStatus.updated, 'success')
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
    toast(ui.updateStatus.undone, 'success')
  }

  if (!canAccept && !canReturn) {
    return (
      <View className='card update-status'>
        <Text className='card-title'>{ui.updateStatus.doneTitle}</Text>
        <Text className='body-text'>{phrases.recordedReturned}</Text>
        {done && <UndoRow text={done.text} onUndo={undo} />}
      </View>
    )
  }

  return (
    <View className='card update-status'>
      <Text className='card-title'>{ui.updateStatus.title}</Text>
      <Text className='hint'>{ui.updateStatus.hint}</Text>
      <View id='update-status' className='btn btn--primary' {...asButton()} onClick={open}>
        {step === 'closed' ? ui.updateStatus.open : ui.shared.collapse}
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
              {transfer.recipient === 'accepted'
                ? ui.updateStatus.changeAccepted
                : ui.updateStatus.accepted}
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
          <Text className='body-text'>{ui.updateStatus.when}</Text>
          <Text className='card-title'>{ui.updateStatus.exactTitle}</Text>
          <Text className='hint'>{ui.updateStatus.exactHint}</Text>
          <View className='update-status__pickers'>
            <Picker
              id='accepted-date'
              {...asButton(
                fill(ui.field.answerName, { shown: dateShown, question: ui.updateStatus.when }),
              )}
              mode='date'
              value={date || dayjs(clock()).format('YYYY-MM-DD')}
              start={dayjs(transfer.sentAt).format('YYYY-MM-DD')}
              end={dayjs(clock()).format('YYYY-MM-DD')}
              onChange={(e) => setDate(e.detail.value)}
            >
              <View className='update-status__picker'>{dateShown}</View>
            </Picker>
            <Picker
              id='accepted-time'
              {...asButton(
                fill(ui.field.answerName, { shown: timeShown, question: ui.updateStatus.when }),
              )}
              mode='time'
              value={time || '00:00'}
              onChange={(e) => setTime(e.detail.value)}
            >
              <View className='update-status__picker'>{timeShown}</View>
            </Picker>
          </View>
          <View
            id='save-accepted'
            className='btn btn--primary'
            {...asButton()}
            onClick={saveAccepted}
          >
            {ui.updateStatus.save}
          </View>
          <Text className='card-title'>{phrases.acceptedTimeUnknown}</Text>
          <Text className='hint'>{ui.updateStatus.unknownHint}</Text>
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
        {ui.updateStatus.undo}
      </View>
    </View>
  )
}
