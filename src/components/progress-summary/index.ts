export { ProgressSummary } from './progress-summary'
