import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { assessTransfer, type TransferCase } from '../../domain'
import { useNow } from '../../hooks/use-now'
import { CallBar } from '../call-bar'
import { FirstScreen, urgentClock } from '../first-screen'
import { ScamCheckEntry } from '../scam-check-entry'
import { SourceNote } from '../source-note'
import { StageDeadlines } from '../stage-deadlines'
import { asButton } from '../../platform/a11y'
import './stage-result.scss'

interface Props {
  transfer: TransferCase
  onSave: () => void
  saveError?: string
  /** Opens the scam-sign check; offered when the cause is fraud. */
  onScamCheck?: () => void
}

/**
 * The answer to the status check. It owns the page's one ticker (useNow), so the clock runs only
 * while a result is on screen; the stage itself is re-derived each second because it can change
 * while the user reads (a pending transfer returns after 24 hours, a delayed one lands).
 */
export function StageResult({ transfer, onSave, saveError, onScamCheck }: Props) {
  const now = useNow()
  const a = useMemo(() => assessTransfer(transfer, now), [transfer, now])
  const cannot = a.notes.filter((x) => x.id === 'no-self-recall')
  const others = a.notes.filter((x) => x.id !== 'no-self-recall')
  const urgent = urgentClock(transfer, a.deadlines, now)
  const crime = transfer.cause === 'fraud' || transfer.cause === 'account-stolen'
  const [first, ...next] = a.actions

  return (
    <View id='stage-result' className='stage-result'>
      <Text className='section-title'>结果</Text>
      <FirstScreen
        stage={a.stage}
        headline={a.headline}
        urgent={urgent}
        action={first}
        crime={crime}
      />
      <Text className='stage-result__call-title'>需要时一键拨打：</Text>
      <CallBar omit={crime ? ['110'] : []} />

      {a.deadlines.length > 0 && <Text className='section-title'>时间窗口</Text>}
      <StageDeadlines deadlines={a.deadlines} now={now} />

      {next.length > 0 && <Text className='section-title'>接下来可以做的</Text>}
      {next.map((action, i) => (
        <View key={action.id} id={`action-${action.id}`} className='card stage-result__action'>
          <Text className='card-title'>
            {i + 2}. {action.title}
          </Text>
          <Text className='body-text'>{action.detail}</Text>
          {action.steps && (
            <View className='stage-result__steps'>
              {action.steps.map((step, j) => (
                <Text key={step} className='body-text stage-result__step'>
                  {j + 1}）{step}
                </Text>
              ))}
            </View>
          )}
          <SourceNote sourceIds={action.sourceIds} />
        </View>
      ))}

      {transfer.cause === 'fraud' && onScamCheck && (
        <ScamCheckEntry
          title='对照常见骗局说法查一查'
          subtitle='看清像哪一类骗局、先打哪个电话；对方再要钱、要验证码时也能用。'
          onOpen={onScamCheck}
        />
      )}

      {cannot.length > 0 && <Text className='section-title'>做不到的</Text>}
      {cannot.map((note) => (
        <View key={note.id} id={`note-${note.id}`} className='card card--danger'>
          <Text className='body-text'>{note.text}</Text>
          <SourceNote sourceIds={note.sourceIds} />
        </View>
      ))}

      {others.length > 0 && <Text className='section-title'>还要知道的</Text>}
      {others.map((note) => (
        <View
          key={note.id}
          id={`note-${note.id}`}
          className={`card ${note.id === 'hedge' ? 'card--info' : 'card--warn'}`}
        >
          <Text className='body-text'>{note.text}</Text>
          <SourceNote sourceIds={note.sourceIds} />
        </View>
      ))}

      {a.assumptions.length > 0 && (
        <View id='assumptions' className='stage-result__assumptions'>
          <Text className='card-title'>推算时的假设</Text>
          {a.assumptions.map((text) => (
            <Text key={text} className='body-text muted'>
              · {text}
            </Text>
          ))}
        </View>
      )}

      <View id='save-case' className='btn btn--primary' {...asButton()} onClick={onSave}>
        <Text>保存并开始倒计时</Text>
      </View>
      {saveError && (
        <Text id='save-error' className='error-text'>
          {saveError}
        </Text>
      )}
      <Text className='hint'>记录只保存在这台手机上，可以随时在首页删除。</Text>
    </View>
  )
}
