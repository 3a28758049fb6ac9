import { Text, View } from '@tarojs/components'
import {
  scamStepActions,
  scamVerdictTexts,
  type ScamCheckResult,
  type ScamStep,
  type ScamStepAction,
} from '../../domain'
import { controlProps } from '../../platform/a11y'
import { SourceNote } from '../source-note'
import './scam-result.scss'
import { fill } from '../../content/fill'
import { scamResultUi as ui } from '../../content/ui-guide'

export interface ScamResultProps {
  result: ScamCheckResult
  /**
   * False in Moments' single-page mode (FACTS M3): nothing can navigate there, so actions become
   * plain instructions instead of buttons.
   */
  linked: boolean
  onCall: (number: '110' | '96110') => void
  onCheckTransfer: () => void
}

/** The first step that can be done with a tap, preferring the first step itself. */
function primaryStep(steps: readonly ScamStep[]): ScamStep | undefined {
  return steps.find((s) => scamStepActions[s.id] !== undefined)
}

/**
 * The answer to the check: the verdict first, with the button for the first thing to do, then the
 * scam types the answers matched and every step in order, each with its sources. Neither verdict
 * says the request is safe (F9).
 */
export function ScamResult({ result, linked, onCall, onCheckTransfer }: ScamResultProps) {
  const verdict = scamVerdictTexts[result.verdict]
  const primary = primaryStep(result.steps)

  const action = (id: string, a: ScamStepAction, big: boolean) => {
    const run = () => (a.kind === 'call' ? onCall(a.number) : onCheckTransfer())
    if (!linked) {
      return (
        <Text id={id} className='scam-result__offline'>
          {a.kind === 'call' ? fill(ui.offlineCall, { number: a.number }) : ui.offlineCheck}
        </Text>
      )
    }
    const tone = a.kind === 'call' && a.number === '110' ? 'btn--danger' : 'btn--primary'
    return (
      <View
        id={id}
        className={`btn ${tone} ${big ? 'scam-result__primary' : ''}`}
        {...controlProps('button', a.label)}
        onClick={run}
      >
        <Text>{a.label}</Text>
      </View>
    )
  }

  return (
    <View id='scam-result' className='scam-result'>
      <View
        id='verdict'
        className={`card scam-result__verdict scam-result__verdict--${result.verdict}`}
      >
        <Text id='verdict-title' className='scam-result__verdict-title'>
          {result.verdict === 'verify' ? '☎ ' : '⚠ '}
          {verdict.title}
        </Text>
        <Text className='body-text'>{verdict.detail}</Text>
        {primary && (
          <View className='scam-result__first'>
            <Text className='scam-result__first-title'>
              {fill(ui.firstStep, { title: result.steps[0].title })}
            </Text>
            {primary.id !== result.steps[0].id && (
              <Text className='scam-result__then'>{fill(ui.then, { title: primary.title })}</Text>
            )}
            {action('primary-action', scamStepActions[primary.id]!, true)}
          </View>
        )}
        <SourceNote sourceIds={verdict.sourceIds} linked={linked} />
      </View>

      {result.matches.length > 0 && <Text className='section-title'>{ui.matchesTitle}</Text>}
      {result.matches.map((m) => (
        <View key={m.sign} id={`match-${m.sign}`} className='card card--danger'>
          <Text className='card-title'>{m.scamType}</Text>
          <Text className='body-text'>{m.why}</Text>
          <SourceNote sourceIds={m.sourceIds} linked={linked} />
        </View>
      ))}

      <Text className='section-title'>{ui.stepsTitle}</Text>
      {result.steps.map((s, i) => {
        const a = scamStepActions[s.id]
        return (
          <View key={s.id} id={`step-${s.id}`} className='card scam-result__step'>
            <Text className='card-title'>
              {i + 1}. {s.title}
            </Text>
            <Text className='body-text'>{s.detail}</Text>
            {a && action(`action-${s.id}`, a, false)}
            <SourceNote sourceIds={s.sourceIds} linked={linked} />
          </View>
        )
      })}
    </View>
  )
}
