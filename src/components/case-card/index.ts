export { CaseCard } from './case-card'
export { caseLabel, STAGE_SHORT, type CaseCardItem } from './case-label'
