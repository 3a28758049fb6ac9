export default definePageConfig({
  navigationBarTitleText: '转账前查骗局',
  // FACTS M3: the share hooks only answer when the page config enables them.
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
