export { LargeTextSwitch } from './large-text-switch'
