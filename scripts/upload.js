// Uploads dist/ to WeChat as a new development version (see scripts/release.js):
//   WEAPP_APPID=wx… WEAPP_PRIVATE_KEY_PATH=/path/private.wx….key npm run upload [-- --desc "说明"]
//   npm run upload -- --dry-run     (checks and prints the settings, sends nothing)
require('./release').main('upload')
