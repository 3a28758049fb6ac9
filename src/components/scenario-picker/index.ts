export { ScenarioPicker, type CaseChip } from './scenario-picker'
