export default definePageConfig({
  navigationBarTitleText: '投诉清单',
  // FACTS M3: each share hook needs its switch; Moments also needs share-to-chat enabled.
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
