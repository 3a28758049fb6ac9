import { Input, Text, Textarea, View } from '@tarojs/components'
import {
  MAX_NAME_CHARS,
  MAX_STORY_CHARS,
  MAX_WECHAT_ID_CHARS,
  type DetailErrors,
  type DetailField,
  type DetailTexts,
} from '../../domain'
import { asButton } from '../../platform/a11y'
import './details-form.scss'
import { fill } from '../../content/fill'
import { detailsFormUi as ui } from '../../content/ui-guide'

interface Props {
  texts: DetailTexts
  errors: DetailErrors
  onField: (field: DetailField, value: string) => void
  /** Saves without a toast (leaving a field). */
  onBlur: () => void
  /** Saves with a toast (the 保存 button, id `save-details`). */
  onSave: () => void
}

const singleLine: {
  field: Exclude<DetailField, 'story'>
  max: number
}[] = [
  { field: 'recipientName', max: MAX_NAME_CHARS },
  { field: 'recipientWechatId', max: MAX_WECHAT_ID_CHARS },
  {
    field: 'transactionId',
    // Room for the spaces people paste between digit groups; the domain removes them.
    max: 64,
  },
]

/** Optional fields for the 报案材料; each error sits right under its field (id `error-<field>`). */
export function DetailsForm({ texts, errors, onField, onBlur, onSave }: Props) {
  return (
    <View className='details-form'>
      {singleLine.map(({ field, max }) => (
        <View key={field} className='details-form__field'>
          <Text className='details-form__label'>
            {fill(ui.optional, { label: ui.fields[field].label })}
          </Text>
          <Input
            id={`field-${field}`}
            className={`details-form__input ${errors[field] ? 'details-form__input--error' : ''}`}
            value={texts[field]}
            maxlength={max}
            placeholder={ui.fields[field].hint}
            onInput={(e) => onField(field, e.detail.value)}
            onBlur={onBlur}
          />
          {errors[field] && (
            <Text id={`error-${field}`} className='error-text'>
              {errors[field]}
            </Text>
          )}
        </View>
      ))}
      <View className='details-form__field'>
        <Text className='details-form__label'>{fill(ui.storyLabel, { max: MAX_STORY_CHARS })}</Text>
        <Textarea
          id='field-story'
          className={`details-form__input details-form__story ${errors.story ? 'details-form__input--error' : ''}`}
          value={texts.story}
          maxlength={MAX_STORY_CHARS}
          autoHeight
          placeholder={ui.storyHint}
          onInput={(e) => onField('story', e.detail.value)}
          onBlur={onBlur}
        />
        {errors.story && (
          <Text id='error-story' className='error-text'>
            {errors.story}
          </Text>
        )}
      </View>
      {errors.form && (
        <Text id='error-form' className='error-text'>
          {errors.form}
        </Text>
      )}
      <View id='save-details' className='btn' {...asButton()} onClick={onSave}>
        {ui.save}
      </View>
      <Text className='hint'>{ui.privacy}</Text>
    </View>
  )
}
