export { ChecklistItemCard } from './checklist-item'
