export { CaseCard } from './case-card'
export { caseLabel, STAGE_SHORT } from './case-label'
