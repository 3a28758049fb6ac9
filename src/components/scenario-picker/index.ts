export { ScenarioPicker, type CaseChip, type ScopeChoice } from './scenario-picker'
