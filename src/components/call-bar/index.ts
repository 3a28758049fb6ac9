export { CallBar, emergencyNumbers } from './call-bar'
