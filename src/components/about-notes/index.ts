export { AboutDisclaimer, PrivacyPromise } from './about-notes'
