import { pageTitles } from '../../content/labels'

export default definePageConfig({
  navigationBarTitleText: pageTitles.countdown,
  // The card opens the home page: the case itself is private (share.ts).
  enableShareAppMessage: true,
})
