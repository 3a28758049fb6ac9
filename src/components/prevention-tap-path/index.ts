export { PreventionTapPath } from './prevention-tap-path'
