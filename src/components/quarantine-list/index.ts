export { QuarantineList } from './quarantine-list'
