export { CountdownStage } from './countdown-stage'
