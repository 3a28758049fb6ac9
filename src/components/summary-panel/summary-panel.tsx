import { Text, View } from '@tarojs/components'
import type { DetailErrors, DetailField, DetailTexts } from '../../domain'
import { DetailsForm } from '../details-form'
import { asButton } from '../../platform/a11y'
import './summary-panel.scss'
import { phrases } from '../../content/phrases'
import { guideCommonUi, summaryPanelUi as ui } from '../../content/ui-guide'

interface Props {
  /** False for a generic scenario: there is no time or amount to put in. */
  hasCase: boolean
  /** False in Moments' single-page mode: the link to 状态自查 is hidden (FACTS M3). */
  linked: boolean
  onAddCase: () => void
  texts: DetailTexts
  errors: DetailErrors
  onField: (field: DetailField, value: string) => void
  onBlur: () => void
  onSave: () => void
  onGenerate: () => void
  summary?: string
  onCopy: () => void
}

/**
 * "生成报案材料": the optional details, then a plain-text summary shown for review
 * (id `summary-text`) and copied with one tap (id `copy-summary`).
 */
export function SummaryPanel(props: Props) {
  const { hasCase, linked, summary } = props
  return (
    <View className='card card--accent summary-panel' id='summary'>
      <Text className='card-title'>{phrases.makeReport}</Text>
      <Text className='body-text'>{ui.intro}</Text>
      {!hasCase && (
        <View className='summary-panel__no-case'>
          <Text className='hint'>
            {ui.generic}
            {linked ? ui.addCaseHint : ''}
          </Text>
          {linked && (
            <View
              id='go-status'
              className='btn btn--small'
              {...asButton()}
              onClick={props.onAddCase}
            >
              {ui.addCase}
            </View>
          )}
        </View>
      )}
      <DetailsForm
        texts={props.texts}
        errors={props.errors}
        onField={props.onField}
        onBlur={props.onBlur}
        onSave={props.onSave}
      />
      <View
        id='make-summary'
        className='btn btn--primary'
        {...asButton()}
        onClick={props.onGenerate}
      >
        {summary ? ui.makeAgain : phrases.makeReport}
      </View>
      {summary && (
        <View className='summary-panel__result'>
          <Text className='summary-panel__review'>{ui.review}</Text>
          <Text id='summary-text' className='summary-panel__text' userSelect>
            {summary}
          </Text>
          <View
            id='copy-summary'
            className='btn btn--primary'
            {...asButton()}
            onClick={props.onCopy}
          >
            {guideCommonUi.copy}
          </View>
        </View>
      )}
    </View>
  )
}
