export { Call110Button } from './call-110-button'
