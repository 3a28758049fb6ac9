export default definePageConfig({
  navigationBarTitleText: '转账急救箱',
})
