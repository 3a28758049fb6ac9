export { CountdownAdvice } from './countdown-advice'
