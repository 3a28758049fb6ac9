export { HomeStart } from './home-start'
