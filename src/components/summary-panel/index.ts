export { SummaryPanel } from './summary-panel'
