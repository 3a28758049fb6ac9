import { memo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Action, Stage } from '../../domain'
import { asButton, asDisclosure, asTimer, decorative } from '../../platform/a11y'
import { emergencyNumbers } from '../../content/contacts'
import { phrases } from '../../content/phrases'
import { useAppServices } from '../app-services'
import { SourceNote } from '../source-note'
import { Call110Button } from '../call-110-button'
import type { UrgentClock } from './nearest'
import './first-screen.scss'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

export interface FirstScreenProps {
  stage: Stage
  /** The stage in one sentence (id `stage-headline`). */
  headline: string
  /** The facts the headline rests on, shown under it like any advice's sources. */
  headlineSourceIds?: readonly string[]
  /** The nearest window still running (id `urgent-clock`), with its live text (see urgentClock). */
  urgent?: UrgentClock
  /** What to do first (id `first-action`), with its own button. */
  action?: Action
  /** Fraud or a stolen account: 110 gets its own button here (id `call-110`). */
  crime: boolean
  linked?: boolean
}

/** Actions that are a phone call: their button dials. */
const byNumber = (n: string) => emergencyNumbers.find((e) => e.number === n)!
const CALLS: Partial<Record<string, { number: string; label: string }>> = {
  'call-110': byNumber('110'),
  'call-96110': byNumber('96110'),
}

/**
 * What a frightened user must see without scrolling (the first 603 px of a phone, FACTS A1): where
 * the money is, the nearest deadline, the first thing to do with its own button, and 110 when a
 * crime is involved. Everything else on the page sits below it.
 */
export function FirstScreen({
  stage,
  headline,
  headlineSourceIds = [],
  urgent,
  action,
  crime,
  linked = true,
}: FirstScreenProps) {
  return (
    <View className='first-screen'>
      <View className={`first-screen__stage first-screen__stage--${stage}`}>
        <Text id='stage-headline' className='first-screen__headline'>
          {headline}
        </Text>
        {headlineSourceIds.length > 0 && (
          <SourceNote sourceIds={headlineSourceIds} linked={linked} />
        )}
      </View>
      {urgent && (
        <View
          id='urgent-clock'
          className={`first-screen__clock first-screen__clock--${urgent.deadline.kind}`}
          {...asTimer(urgent.deadline.label)}
        >
          <Text className='first-screen__clock-label'>{urgent.deadline.label}</Text>
          {urgent.range && <Text className='first-screen__clock-range'>{urgent.range}</Text>}
          <Text className='first-screen__clock-time'>
            {urgent.caption && <Text className='first-screen__clock-left'>{urgent.caption} </Text>}
            {urgent.clockText}
          </Text>
        </View>
      )}
      {action && <FirstAction action={action} crime={crime} linked={linked} />}
      {crime && !(action && action.id === 'call-110') && (
        <Call110Button id='call-110' className='first-screen__call' label={phrases.call110Title} />
      )}
    </View>
  )
}

/** The first action: its title, and a dial button for a call or the steps folded behind a tap. */
const FirstAction = memo(function FirstAction({
  action,
  crime,
  linked,
}: {
  action: Action
  crime: boolean
  linked: boolean
}) {
  const [open, setOpen] = useState(false)
  const { callNumber } = useAppServices()
  const call = CALLS[action.id]
  const dial = call && fill(ui.call.dial, call)
  return (
    <View id='first-action' className='first-screen__action'>
      <Text id={`action-${action.id}`} className='first-screen__action-title'>
        <Text className='first-screen__step'>{ui.firstScreen.step}</Text>
        {action.title}
      </Text>
      <View className='first-screen__buttons'>
        {call && (
          <View
            id={call.number === '110' && crime ? 'call-110' : 'first-action-call'}
            className={`btn ${call.number === '110' ? 'btn--danger' : 'btn--primary'} first-screen__dial`}
            {...asButton(dial)}
            onClick={() => callNumber(call.number)}
          >
            <Text>{dial}</Text>
          </View>
        )}
        <View
          id='first-action-open'
          className={`btn ${call ? '' : 'btn--primary first-screen__how'}`}
          {...asDisclosure(undefined, open)}
          onClick={() => setOpen((v) => !v)}
        >
          <Text>
            {open ? ui.shared.collapse : call ? ui.firstScreen.explain : ui.firstScreen.howTo}
          </Text>
          <Text {...decorative}>{open ? ' ▴' : ' ▾'}</Text>
        </View>
      </View>
      {open && (
        <View id={`action-${action.id}-details`} className='first-screen__details'>
          <Text className='body-text'>{action.detail}</Text>
          {action.steps && action.steps.length > 0 && (
            <View className='first-screen__steps'>
              {action.steps.map((s, n) => (
                <Text key={s} className='body-text first-screen__step-text'>
                  {n + 1}）{s}
                </Text>
              ))}
            </View>
          )}
          <SourceNote sourceIds={action.sourceIds} linked={linked} />
        </View>
      )}
    </View>
  )
})
