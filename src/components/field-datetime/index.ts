export { FieldDateTime } from './field-datetime'
