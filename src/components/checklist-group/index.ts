export { ChecklistGroupCard } from './checklist-group'
