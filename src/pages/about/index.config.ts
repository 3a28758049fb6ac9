export default definePageConfig({
  navigationBarTitleText: '依据与隐私',
})
