export { ClockWarning } from './clock-warning'
