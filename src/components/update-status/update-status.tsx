import { memo, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { parseTransferCase, type TransferCase } from '../../domain'
import { toast } from '../../platform/feedback'
import { asButton } from '../../platform/a11y'
import './update-status.scss'

interface Props {
  transfer: TransferCase
  /** Saves the changed transfer; answers a Chinese error, or undefined when it was saved. */
  onSave: (next: TransferCase) => string | undefined
}

type Step = 'closed' | 'choose' | 'accepted-time'

/**
 * "更新状态": the user records that the recipient accepted (and when, D2: the delay starts then)
 * or returned the money (T3). The rules module checks the time (not before the transfer, within
 * 24 hours of it, not in the future) and its Chinese message is shown as is. After a change the
 * user can undo it, so a mis-tap costs nothing.
 */
export const UpdateStatus = memo(function UpdateStatus({ transfer, onSave }: Props) {
  const [step, setStep] = useState<Step>('closed')
  const [date, setDate] = useState('')
  const [time, setTime] = useState('')
  const [error, setError] = useState('')
  const [done, setDone] = useState<{ text: string; previous: TransferCase } | undefined>()

  // A phone-number transfer has no accept step (T5).
  const canAccept = transfer.method === 'chat' && transfer.recipient !== 'returned'
  const canReturn = transfer.recipient !== 'returned'

  const save = (next: TransferCase, text: string) => {
    const parsed = parseTransferCase(next, Date.now())
    if (!parsed.ok) return setError(parsed.errors[0]?.message ?? '时间不正确，请重新选择')
    const failed = onSave(parsed.value)
    if (failed) return setError(failed)
    setError('')
    setStep('closed')
    setDone({ text, previous: transfer })
    toast('已更新', 'success')
  }

  const open = () => {
    setError('')
    setDone(undefined)
    setStep(step === 'closed' ? 'choose' : 'closed')
  }
  const chooseAccepted = () => {
    const start = dayjs(transfer.acceptedAt ?? Date.now())
    setDate(start.format('YYYY-MM-DD'))
    setTime(start.format('HH:mm'))
    setError('')
    setStep('accepted-time')
  }
  const markReturned = () => {
    // A receipt time belongs only to an accepted transfer; the rules reject it otherwise.
    const next: TransferCase = { ...transfer, recipient: 'returned' }
    delete next.acceptedAt
    save(next, '已记录：对方已退还这笔钱。')
  }
  const saveAccepted = () => {
    const at = dayjs(`${date} ${time}`)
    if (!at.isValid()) return setError('请选择对方收款的日期和时间')
    save(
      { ...transfer, recipient: 'accepted', acceptedAt: at.valueOf() },
      `已记录：对方在 ${at.format('M月D日 HH:mm')} 收款。`,
    )
  }
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
        <Text className='body-text'>已记录：对方已退还这笔钱。</Text>
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
            <View id='mark-returned' className='chip' {...asButton()} onClick={markReturned}>
              对方已退还
            </View>
          )}
        </View>
      )}
      {step === 'accepted-time' && (
        <View className='update-status__time'>
          <Text className='body-text'>对方什么时候收的款？（看账单里这笔转账的详情）</Text>
          <View className='update-status__pickers'>
            <Picker
              id='accepted-date'
              {...asButton(`选择对方收款日期，现在是${date}`)}
              mode='date'
              value={date}
              start={dayjs(transfer.sentAt).format('YYYY-MM-DD')}
              end={dayjs().format('YYYY-MM-DD')}
              onChange={(e) => setDate(e.detail.value)}
            >
              <View className='update-status__picker'>日期：{date}</View>
            </Picker>
            <Picker
              id='accepted-time'
              {...asButton(`选择对方收款时间，现在是${time}`)}
              mode='time'
              value={time}
              onChange={(e) => setTime(e.detail.value)}
            >
              <View className='update-status__picker'>时间：{time}</View>
            </Picker>
          </View>
          <Text className='hint'>不知道准确时间就留着“现在”；收款越早，到账越早。</Text>
          <View
            id='save-accepted'
            className='btn btn--primary'
            {...asButton()}
            onClick={saveAccepted}
          >
            保存收款时间
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
