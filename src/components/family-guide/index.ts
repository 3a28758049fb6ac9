export { FamilyGuide } from './family-guide'
