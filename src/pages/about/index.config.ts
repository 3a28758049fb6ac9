import { pageTitles } from '../../content/labels'

export default definePageConfig({
  navigationBarTitleText: pageTitles.about,
  // FACTS M3: the share hook only answers when the page config enables it.
  enableShareAppMessage: true,
})
