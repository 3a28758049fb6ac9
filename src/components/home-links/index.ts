export { HomeLinks } from './home-links'
