export { CaseList } from './case-list'
