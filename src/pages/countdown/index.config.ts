export default definePageConfig({
  navigationBarTitleText: '倒计时',
  // The card opens the home page: the case itself is private (share.ts).
  enableShareAppMessage: true,
})
