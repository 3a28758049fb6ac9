export { PreventionItemCard } from './prevention-item'
