export default definePageConfig({
  navigationBarTitleText: '状态自查',
  enableShareAppMessage: true,
})
