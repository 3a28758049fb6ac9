export default definePageConfig({
  navigationBarTitleText: '依据与隐私',
  // FACTS M3: the share hook only answers when the page config enables it.
  enableShareAppMessage: true,
})
