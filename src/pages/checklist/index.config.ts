import { pageTitles } from '../../content/labels'

export default definePageConfig({
  navigationBarTitleText: pageTitles.checklist,
  // FACTS M3: each share hook needs its switch; Moments also needs share-to-chat enabled.
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
