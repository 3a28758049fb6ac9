export { ScamCheckEntry } from './scam-check-entry'
