import { Text, View } from '@tarojs/components'
import { scenarioLabels } from '../../content/labels'
import { scenarios, type ScopeChoice } from '../../domain'
import { asRadio, asRadioGroup } from '../../platform/a11y'
import { ShowMore, useRowLimit } from '../show-more'
import './scenario-picker.scss'
import { scenarioPickerUi as ui } from '../../content/ui-guide'

/** A saved case as a chip. */
export interface CaseChip {
  id: string
  /** "备注 · 延时到账中". */
  chipLabel: string
}

interface Props {
  cases: readonly CaseChip[]
  choice: ScopeChoice
  onSelect: (choice: ScopeChoice) => void
}

/**
 * What the list is about: a saved case ("备注 · 阶段", id `scope-case-<id>`) or one of the five
 * generic scenarios (id `scope-<scenario>`).
 */
/** Case chips on screen at first (newest first), whatever storage holds. */
export const CASE_CHIPS = 10

export function ScenarioPicker({ cases, choice, onSelect }: Props) {
  const { limit, showMore } = useRowLimit(CASE_CHIPS)
  const isActive = (c: ScopeChoice) =>
    c.kind === choice.kind &&
    (c.kind === 'case'
      ? choice.kind === 'case' && c.id === choice.id
      : choice.kind === 'scenario' && c.scenario === choice.scenario)

  return (
    <View className='scenario-picker'>
      {cases.length > 0 && (
        <View className='scenario-picker__row'>
          <Text className='scenario-picker__label'>{ui.myCases}</Text>
          <View className='scenario-picker__chips' {...asRadioGroup(ui.myCases)}>
            {cases
              .filter((c, i) => i < limit || (choice.kind === 'case' && c.id === choice.id))
              .map((c) => {
                const option: ScopeChoice = { kind: 'case', id: c.id }
                return (
                  <View
                    key={c.id}
                    id={`scope-case-${c.id}`}
                    className={`chip ${isActive(option) ? 'chip--active' : ''}`}
                    {...asRadio(c.chipLabel, isActive(option))}
                    onClick={() => onSelect(option)}
                  >
                    {c.chipLabel}
                  </View>
                )
              })}
          </View>
          <ShowMore id='scope-cases-more' hidden={cases.length - limit} onMore={showMore} />
        </View>
      )}
      <View className='scenario-picker__row'>
        <Text className='scenario-picker__label'>
          {cases.length > 0 ? ui.orGeneric : ui.whatHappened}
        </Text>
        <View
          className='scenario-picker__chips'
          {...asRadioGroup(cases.length > 0 ? ui.generic : ui.whatHappened)}
        >
          {scenarios.map((s) => {
            const option: ScopeChoice = { kind: 'scenario', scenario: s }
            return (
              <View
                key={s}
                id={`scope-${s}`}
                className={`chip ${isActive(option) ? 'chip--active' : ''}`}
                {...asRadio(scenarioLabels[s], isActive(option))}
                onClick={() => onSelect(option)}
              >
                {scenarioLabels[s]}
              </View>
            )
          })}
        </View>
      </View>
    </View>
  )
}
