import { pageTitles } from '../../content/labels'

export default definePageConfig({
  navigationBarTitleText: pageTitles.prevention,
  // FACTS M3: the share hooks only answer when the page config enables them.
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
