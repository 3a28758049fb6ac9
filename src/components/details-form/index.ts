export { DetailsForm } from './details-form'
