export { LegalRouteList } from './legal-routes'
