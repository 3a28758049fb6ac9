import { Text, View } from '@tarojs/components'
import { controlProps } from '../../platform/a11y'
import './yes-no-question.scss'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'
import { yesNoLabels } from '../../content/labels'

export type YesNoAnswer = 'yes' | 'no'

export interface YesNoQuestionProps {
  /** The answers get ids `<id>-yes` and `<id>-no`; the row gets `question-<id>`. */
  id: string
  /** Shown as the question's number. */
  number: number
  question: string
  example?: string
  value?: YesNoAnswer
  yesLabel?: string
  noLabel?: string
  onAnswer: (answer: YesNoAnswer) => void
}

/**
 * One question per row with two big answers side by side. The chosen answer is marked with a tick
 * and its words ("已选"), not only by colour, and each answer tells a screen reader which question
 * it belongs to.
 */
export function YesNoQuestion({
  id,
  number,
  question,
  example,
  value,
  yesLabel = yesNoLabels.yes,
  noLabel = ui.yesNo.no,
  onAnswer,
}: YesNoQuestionProps) {
  const answer = (kind: YesNoAnswer, label: string) => {
    const chosen = value === kind
    return (
      <View
        id={`${id}-${kind}`}
        className={`yes-no__answer yes-no__answer--${kind} ${chosen ? 'yes-no__answer--chosen' : ''}`}
        {...controlProps(
          'button',
          fill(chosen ? ui.yesNo.answerChosen : ui.yesNo.answer, { number, label }),
          chosen,
        )}
        onClick={() => onAnswer(kind)}
      >
        <Text>{chosen ? `✓ ${label}` : label}</Text>
      </View>
    )
  }
  return (
    <View id={`question-${id}`} className='yes-no'>
      <Text className='yes-no__question'>
        {number}. {question}
      </Text>
      {example && <Text className='yes-no__example'>{fill(ui.yesNo.example, { example })}</Text>}
      <View className='yes-no__answers'>
        {answer('yes', yesLabel)}
        {answer('no', noLabel)}
      </View>
    </View>
  )
}
