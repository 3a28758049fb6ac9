export { UpdateStatus } from './update-status'
