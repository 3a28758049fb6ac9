import { Text, View } from '@tarojs/components'
import type { DetailErrors, DetailField, DetailTexts } from '../../domain'
import { DetailsForm } from '../details-form'
import { asButton } from '../../platform/a11y'
import './summary-panel.scss'
import { phrases } from '../../content/phrases'

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
      <Text className='body-text'>
        把转账时间、金额、交易单号和证据清单整理成一段文字，报警或投诉时可以直接粘贴、念给民警听。
      </Text>
      {!hasCase && (
        <View className='summary-panel__no-case'>
          <Text className='hint'>
            现在是通用清单，材料里的转账时间和金额会写“未填写”。
            {linked ? '先到“状态自查”记下这笔转账，就能自动带上。' : ''}
          </Text>
          {linked && (
            <View
              id='go-status'
              className='btn btn--small'
              {...asButton()}
              onClick={props.onAddCase}
            >
              去状态自查记下这笔转账
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
        {summary ? `重新${phrases.makeReport}` : phrases.makeReport}
      </View>
      {summary && (
        <View className='summary-panel__result'>
          <Text className='summary-panel__review'>请核对一遍，再复制：</Text>
          <Text id='summary-text' className='summary-panel__text' userSelect>
            {summary}
          </Text>
          <View
            id='copy-summary'
            className='btn btn--primary'
            {...asButton()}
            onClick={props.onCopy}
          >
            复制
          </View>
        </View>
      )}
    </View>
  )
}
