export { DeadlineList, type CalendarNotes } from './deadline-list'
