export { useOpenGroups } from './use-open-groups'
