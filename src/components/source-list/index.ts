export { SourceList } from './source-list'
