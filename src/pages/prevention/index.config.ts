export default definePageConfig({
  navigationBarTitleText: '防范设置',
  // FACTS M3: the share hooks only answer when the page config enables them.
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
