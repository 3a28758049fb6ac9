// The screen-reader attributes WeChat components take (FACTS A3) that Taro 4's weapp templates do
// not pass on. One list feeds both halves: the build-time template and the runtime alias table.
const EMPTY = "''"

const control = {
  'aria-role': EMPTY,
  'aria-label': EMPTY,
  'aria-checked': EMPTY,
  'aria-selected': EMPTY,
  'aria-expanded': EMPTY,
  'aria-pressed': EMPTY,
  'aria-disabled': EMPTY,
  'aria-hidden': EMPTY,
}
const labelled = { 'aria-label': EMPTY, 'aria-hidden': EMPTY }

module.exports = {
  View: control,
  Text: { 'aria-role': EMPTY, ...labelled },
  Input: labelled,
  Textarea: labelled,
  Switch: labelled,
  Picker: { 'aria-role': EMPTY, ...labelled },
}
