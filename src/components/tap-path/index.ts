export { TapPath } from './tap-path'
