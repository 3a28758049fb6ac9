import { PropsWithChildren } from 'react'
import { Text, View } from '@tarojs/components'
import { FieldLabelContext } from './field-label'
import './field-row.scss'
import { ui } from '../../content/ui-case'

interface Props {
  /** Names the row (`field-<name>`) and its error (`error-<name>`) for tests and scrolling. */
  name: string
  /** 1-based question number. */
  index: number
  label: string
  /** What helps the user answer: where in WeChat to look. */
  hint?: string
  error?: string
  optional?: boolean
}

/** One question of a form: label, the hint that helps answer it, the input, its error below it. */
export function FieldRow({
  name,
  index,
  label,
  hint,
  error,
  optional,
  children,
}: PropsWithChildren<Props>) {
  return (
    <View id={`field-${name}`} className={`field-row ${error ? 'field-row--error' : ''}`}>
      <Text className='field-row__label'>
        {index}. {label}
        {optional && <Text className='field-row__optional'>{ui.field.optional}</Text>}
      </Text>
      {hint && <Text className='hint field-row__hint'>{hint}</Text>}
      <FieldLabelContext.Provider value={label}>
        <View className='field-row__input'>{children}</View>
      </FieldLabelContext.Provider>
      {error && (
        <Text id={`error-${name}`} className='error-text field-row__error'>
          {error}
        </Text>
      )}
    </View>
  )
}
