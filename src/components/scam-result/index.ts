export { ScamResult } from './scam-result'
export type { ScamResultProps } from './scam-result'
