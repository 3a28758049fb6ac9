export { FieldRow } from './field-row'
