export { ActionList } from './action-list'
