import { Picker, Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import { useFieldLabel } from '../field-row/field-label'
import './field-datetime.scss'

interface Props {
  /** Ids: `<idPrefix>-date`, `<idPrefix>-time`, `<idPrefix>-now`, `<idPrefix>-clear`. */
  idPrefix: string
  /** 'YYYY-MM-DD' or '' */
  date: string
  /** 'HH:mm' or '' */
  time: string
  /** Latest selectable date (today): a transfer cannot be in the future. */
  maxDate: string
  onDate: (date: string) => void
  onTime: (time: string) => void
  /** The "刚刚" shortcut: sets both to now. */
  onNow: () => void
  /** Shown only when given and something is filled in (for an optional time). */
  onClear?: () => void
}

/** A date picker and a time picker side by side, with a "刚刚" shortcut. */
export function FieldDateTime({
  idPrefix,
  date,
  time,
  maxDate,
  onDate,
  onTime,
  onNow,
  onClear,
}: Props) {
  const question = useFieldLabel()
  return (
    <View className='field-datetime'>
      <View className='field-datetime__pickers'>
        <Picker
          id={`${idPrefix}-date`}
          className='field-datetime__picker'
          {...asButton(`${question}选择日期，现在是${date || '未选择'}`)}
          mode='date'
          value={date || maxDate}
          end={maxDate}
          onChange={(e) => onDate(String(e.detail.value))}
        >
          <View className={`field-datetime__value ${date ? '' : 'field-datetime__value--empty'}`}>
            <Text>{date || '选择日期'}</Text>
          </View>
        </Picker>
        <Picker
          id={`${idPrefix}-time`}
          className='field-datetime__picker'
          {...asButton(`${question}选择时间，现在是${time || '未选择'}`)}
          mode='time'
          value={time || '00:00'}
          onChange={(e) => onTime(String(e.detail.value))}
        >
          <View className={`field-datetime__value ${time ? '' : 'field-datetime__value--empty'}`}>
            <Text>{time || '选择时间'}</Text>
          </View>
        </Picker>
      </View>
      <View className='btn-row'>
        <View id={`${idPrefix}-now`} className='btn btn--small' {...asButton()} onClick={onNow}>
          <Text>刚刚</Text>
        </View>
        {onClear && (date || time) && (
          <View
            id={`${idPrefix}-clear`}
            className='btn btn--small'
            {...asButton()}
            onClick={onClear}
          >
            <Text>清除</Text>
          </View>
        )}
      </View>
    </View>
  )
}
