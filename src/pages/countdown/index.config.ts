export default definePageConfig({
  navigationBarTitleText: '倒计时',
})
