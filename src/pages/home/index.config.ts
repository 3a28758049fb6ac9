export default definePageConfig({
  navigationBarTitleText: '转账急救箱',
  enableShareAppMessage: true,
})
