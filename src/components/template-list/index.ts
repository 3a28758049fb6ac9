export { TemplateList } from './template-list'
