export { CrossBorderNote } from './checklist-cross-border'
