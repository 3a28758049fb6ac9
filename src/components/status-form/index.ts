export { StatusForm } from './status-form'
