// WeChat resolves the tabBar's @vars from theme.json (dark icons and colours); the H5 build cannot,
// so it gets the light values directly.
const isH5 = process.env.TARO_ENV === 'h5'
const themed = (name: string, value: string) => (isH5 ? value : `@${name}`)
const icon = (name: string, file: string) => themed(name, `../assets/tab/${file}.png`)

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/checklist/index',
    'pages/prevention/index',
    'pages/status/index',
    'pages/countdown/index',
    'pages/about/index',
    'pages/scam-check/index',
  ],
  window: {
    navigationBarTitleText: '转账急救箱',
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
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: icon('iconHome', 'home-normal'),
        selectedIconPath: icon('iconHomeActive', 'home-active'),
      },
      {
        pagePath: 'pages/checklist/index',
        text: '投诉清单',
        iconPath: icon('iconChecklist', 'checklist-normal'),
        selectedIconPath: icon('iconChecklistActive', 'checklist-active'),
      },
      {
        pagePath: 'pages/prevention/index',
        text: '防范设置',
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
