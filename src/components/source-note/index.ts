export { SourceNote } from './source-note'
