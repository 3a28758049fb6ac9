export { StageResult } from './stage-result'
