import { pageTitles } from '../../content/labels'

export default definePageConfig({
  navigationBarTitleText: pageTitles.home,
  enableShareAppMessage: true,
})
