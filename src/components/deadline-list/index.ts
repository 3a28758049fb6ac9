export { DeadlineList } from './deadline-list'
