export default definePageConfig({
  navigationBarTitleText: '防范设置',
})
