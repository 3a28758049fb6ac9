export { FoldSection } from './fold-section'
