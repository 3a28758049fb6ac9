export { AppServicesProvider, useAppServices, type AppServices } from './app-services'
