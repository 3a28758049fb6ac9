export { FieldRow } from './field-row'
export { FieldLabelContext, useFieldLabel } from './field-label'
