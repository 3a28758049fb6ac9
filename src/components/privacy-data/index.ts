export { PrivacyData, type StoredSummary } from './privacy-data'
