import { Picker, Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import { useFieldLabel } from '../field-row/field-label'
import './field-datetime.scss'
import { phrases } from '../../content/phrases'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

/** A quick answer beside the pickers ("刚刚", "10 分钟前"). */
export interface QuickOption {
  /** Id suffix: the button is `<idPrefix>-<id>` ('now' keeps the id `<idPrefix>-now`). */
  id: string
  label: string
  agoMs: number
}

interface Props {
  /** Ids: `<idPrefix>-date`, `<idPrefix>-time`, `<idPrefix>-<quick id>`, `<idPrefix>-clear`. */
  idPrefix: string
  /** 'YYYY-MM-DD' or '' */
  date: string
  /** 'HH:mm' or '' */
  time: string
  /** Latest selectable date (today): a transfer cannot be in the future. */
  maxDate: string
  onDate: (date: string) => void
  onTime: (time: string) => void
  /** Quick answers; each sets both pickers to now minus its `agoMs`. */
  quick: readonly QuickOption[]
  onQuick: (agoMs: number) => void
  /** Shown only when given and something is filled in (for an optional time). */
  onClear?: () => void
}

/**
 * A date picker and a time picker side by side, with quick answers. Nothing is prefilled: an empty
 * picker reads "选择日期" / "选择时间" until the user chooses, so no time is ever assumed.
 */
export function FieldDateTime({
  idPrefix,
  date,
  time,
  maxDate,
  onDate,
  onTime,
  quick,
  onQuick,
  onClear,
}: Props) {
  const question = useFieldLabel()
  return (
    <View className='field-datetime'>
      <View className='btn-row field-datetime__quick'>
        {quick.map((q) => (
          <View
            key={q.id}
            id={`${idPrefix}-${q.id}`}
            className='btn btn--small'
            {...asButton(fill(ui.field.answerName, { shown: q.label, question }))}
            onClick={() => onQuick(q.agoMs)}
          >
            <Text>{q.label}</Text>
          </View>
        ))}
      </View>
      <View className='field-datetime__pickers'>
        <Picker
          id={`${idPrefix}-date`}
          className='field-datetime__picker'
          {...asButton(fill(ui.field.answerName, { shown: date || phrases.pickDate, question }))}
          mode='date'
          value={date || maxDate}
          end={maxDate}
          onChange={(e) => onDate(String(e.detail.value))}
        >
          <View className={`field-datetime__value ${date ? '' : 'field-datetime__value--empty'}`}>
            <Text>{date || phrases.pickDate}</Text>
          </View>
        </Picker>
        <Picker
          id={`${idPrefix}-time`}
          className='field-datetime__picker'
          {...asButton(fill(ui.field.answerName, { shown: time || phrases.pickTime, question }))}
          mode='time'
          value={time || '00:00'}
          onChange={(e) => onTime(String(e.detail.value))}
        >
          <View className={`field-datetime__value ${time ? '' : 'field-datetime__value--empty'}`}>
            <Text>{time || phrases.pickTime}</Text>
          </View>
        </Picker>
      </View>
      {onClear && (date || time) && (
        <View className='btn-row'>
          <View
            id={`${idPrefix}-clear`}
            className='btn btn--small'
            {...asButton()}
            onClick={onClear}
          >
            <Text>{ui.field.clear}</Text>
          </View>
        </View>
      )}
    </View>
  )
}
