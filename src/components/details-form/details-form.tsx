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
import { phrases } from '../../content/phrases'
import { pathText, tapPaths } from '../../content/tap-paths'

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
  label: string
  hint: string
  max: number
}[] = [
  {
    field: 'recipientName',
    label: '对方昵称或备注',
    hint: '聊天里显示的名字',
    max: MAX_NAME_CHARS,
  },
  {
    field: 'recipientWechatId',
    label: '对方微信号',
    hint: '对方资料页上的“微信号”',
    max: MAX_WECHAT_ID_CHARS,
  },
  {
    field: 'transactionId',
    label: phrases.transactionId,
    hint: `${pathText(tapPaths.transactionId.steps)}，长按可复制`,
    // Room for the spaces people paste between digit groups; the domain removes them.
    max: 64,
  },
]

/** Optional fields for the 报案材料; each error sits right under its field (id `error-<field>`). */
export function DetailsForm({ texts, errors, onField, onBlur, onSave }: Props) {
  return (
    <View className='details-form'>
      {singleLine.map(({ field, label, hint, max }) => (
        <View key={field} className='details-form__field'>
          <Text className='details-form__label'>{label}（选填）</Text>
          <Input
            id={`field-${field}`}
            className={`details-form__input ${errors[field] ? 'details-form__input--error' : ''}`}
            value={texts[field]}
            maxlength={max}
            placeholder={hint}
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
        <Text className='details-form__label'>事情经过（选填，{MAX_STORY_CHARS} 字以内）</Text>
        <Textarea
          id='field-story'
          className={`details-form__input details-form__story ${errors.story ? 'details-form__input--error' : ''}`}
          value={texts.story}
          maxlength={MAX_STORY_CHARS}
          autoHeight
          placeholder='比如：对方自称快递客服，说要理赔，让我先转钱。'
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
        保存
      </View>
      <Text className='hint'>这些内容只保存在这台手机上，不会上传。</Text>
    </View>
  )
}
