import { scamCheckPageUi } from '../../content/ui-guide'

export default definePageConfig({
  navigationBarTitleText: scamCheckPageUi.title,
  // FACTS M3: the share hooks only answer when the page config enables them.
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
