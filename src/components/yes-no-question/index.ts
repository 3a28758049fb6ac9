export { YesNoQuestion } from './yes-no-question'
export type { YesNoAnswer, YesNoQuestionProps } from './yes-no-question'
