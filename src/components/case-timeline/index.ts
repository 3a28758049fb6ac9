export { CaseTimeline } from './case-timeline'
