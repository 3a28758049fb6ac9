export { StageDeadlines } from './stage-deadlines'
