// Sends dist/ to WeChat as a preview and writes the QR code to .out/ (see scripts/release.js):
//   WEAPP_APPID=wx… WEAPP_PRIVATE_KEY_PATH=/path/private.wx….key npm run preview
//   npm run preview -- --dry-run    (checks and prints the settings, sends nothing)
require('./release').main('preview')
