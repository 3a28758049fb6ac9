import { pageTitles } from '../../content/labels'

export default definePageConfig({
  navigationBarTitleText: pageTitles.status,
  enableShareAppMessage: true,
})
