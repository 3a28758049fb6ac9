export { WarningList } from './warning-list'
