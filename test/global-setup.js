// Pin the zone for every test run; `npm run test:tz` runs the clock-sensitive suites under a
// second zone by setting TEST_TZ.
module.exports = async () => {
  process.env.TZ = process.env.TEST_TZ || 'Asia/Shanghai'
}
