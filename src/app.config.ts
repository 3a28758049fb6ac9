// WeChat resolves the tabBar's @vars from theme.json (dark icons and colours); the H5 build cannot,
// so it gets the light values directly.
import { appName, tabLabels } from './content/labels'
import { pagePath, routes } from './content/routes'

const isH5 = process.env.TARO_ENV === 'h5'
const themed = (name: string, value: string) => (isH5 ? value : `@${name}`)
const icon = (name: string, file: string) => themed(name, `../assets/tab/${file}.png`)

export default defineAppConfig({
  // The first page opens the app.
  pages: Object.values(routes).map(pagePath),
  window: {
    navigationBarTitleText: appName,
    navigationBarBackgroundColor: themed('navBg', '#ffffff'),
    navigationBarTextStyle: themed('navText', 'black') as 'black',
    backgroundColor: themed('pageBg', '#f5f6f7'),
    backgroundTextStyle: themed('bgText', 'dark') as 'dark',
  },
  tabBar: {
    color: themed('tabColor', '#6b6b6b'),
    selectedColor: themed('tabSelected', '#057a43'),
    backgroundColor: themed('tabBg', '#ffffff'),
    borderStyle: themed('tabBorder', 'black') as 'black',
    list: [
      {
        pagePath: pagePath(routes.home),
        text: tabLabels.home,
        iconPath: icon('iconHome', 'home-normal'),
        selectedIconPath: icon('iconHomeActive', 'home-active'),
      },
      {
        pagePath: pagePath(routes.checklist),
        text: tabLabels.checklist,
        iconPath: icon('iconChecklist', 'checklist-normal'),
        selectedIconPath: icon('iconChecklistActive', 'checklist-active'),
      },
      {
        pagePath: pagePath(routes.prevention),
        text: tabLabels.prevention,
        iconPath: icon('iconPrevention', 'prevention-normal'),
        selectedIconPath: icon('iconPreventionActive', 'prevention-active'),
      },
    ],
  },
  // M5: dark mode through theme.json @vars; M7: calendar write needs the privacy declaration.
  darkmode: true,
  themeLocation: 'theme.json',
  lazyCodeLoading: 'requiredComponents',
  __usePrivacyCheck__: true,
})
