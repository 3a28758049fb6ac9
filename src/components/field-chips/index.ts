export { FieldChips, type ChipOption } from './field-chips'
