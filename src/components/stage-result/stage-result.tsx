import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { assessTransfer, crimePossible, fraudPossible, type TransferCase } from '../../domain'
import { ActionList } from '../action-list'
import { CallBar } from '../call-bar'
import { DeadlineList } from '../deadline-list'
import { FirstScreen, urgentClock } from '../first-screen'
import { ScamCheckEntry } from '../scam-check-entry'
import { NoteList } from '../note-list'
import { asButton } from '../../platform/a11y'
import './stage-result.scss'
import { ui } from '../../content/ui-case'

interface Props {
  transfer: TransferCase
  onSave: () => void
  saveError?: string
  /** Opens the scam-sign check; offered when fraud is possible. */
  onScamCheck?: () => void
  /**
   * The page's clock hook (useNow): called here so that each tick re-renders this result only,
   * not the form above it.
   */
  useClock: () => number
}

/**
 * The answer to the status check. It runs the page's one ticker (the `useClock` it is given), so the clock runs only
 * while a result is on screen; the stage itself is re-derived each second because it can change
 * while the user reads (a pending transfer returns after 24 hours, a delayed one lands).
 */
export function StageResult({ transfer, onSave, saveError, onScamCheck, useClock }: Props) {
  const now = useClock()
  const a = useMemo(() => assessTransfer(transfer, now), [transfer, now])
  const urgent = urgentClock(transfer, a.deadlines, now)
  const crime = crimePossible(transfer.cause)
  const [first, ...next] = a.actions

  return (
    <View id='stage-result' className='stage-result'>
      <Text className='section-title'>{ui.stageResult.title}</Text>
      <FirstScreen
        stage={a.stage}
        headline={a.headline}
        headlineSourceIds={a.headlineSourceIds}
        urgent={urgent}
        action={first}
        crime={crime}
      />
      <Text className='stage-result__call-title'>{ui.stageResult.calls}</Text>
      <CallBar omit={crime ? ['110'] : []} />

      {a.deadlines.length > 0 && <Text className='section-title'>{ui.stageResult.windows}</Text>}
      <DeadlineList
        transfer={transfer}
        deadlines={a.deadlines}
        now={now}
        sameAsFirstScreen={urgent?.deadline.kind}
      />

      <ActionList actions={next} firstNumber={2} />

      {fraudPossible(transfer.cause) && onScamCheck && (
        <ScamCheckEntry
          title={ui.stageResult.scamCheck}
          subtitle={ui.stageResult.scamCheckSub}
          onOpen={onScamCheck}
        />
      )}

      <NoteList notes={a.notes} />

      {a.assumptions.length > 0 && (
        <View id='assumptions' className='stage-result__assumptions'>
          <Text className='card-title'>{ui.stageResult.assumptions}</Text>
          {a.assumptions.map((text) => (
            <Text key={text} className='body-text muted'>
              · {text}
            </Text>
          ))}
        </View>
      )}

      <View id='save-case' className='btn btn--primary' {...asButton()} onClick={onSave}>
        <Text>{ui.stageResult.save}</Text>
      </View>
      {saveError && (
        <Text id='save-error' className='error-text'>
          {saveError}
        </Text>
      )}
      <Text className='hint'>{ui.stageResult.savedWhere}</Text>
    </View>
  )
}
