export { ScenarioPicker } from './scenario-picker'
