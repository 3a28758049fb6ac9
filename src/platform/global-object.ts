/**
 * The global object, for code that names `globalThis`: zod reads it as soon as it loads, and
 * iOS 12.0 and 12.1 (which current WeChat still runs on) have none, so the mini-program would not
 * start there. The weapp build points every bare `globalThis` in every module here (webpack's
 * ProvidePlugin, config/index.ts), and scripts/check-es2019.js fails a build that still has one.
 *
 * This file must not name it itself. The global object inherits Object.prototype, so a getter put
 * there for a moment and read as a bare name returns the global object, on every engine.
 */
declare const __transferRescueGlobal: object

Object.defineProperty(Object.prototype, '__transferRescueGlobal', {
  get() {
    return this
  },
  configurable: true,
})
const globalObject = __transferRescueGlobal
delete (Object.prototype as { __transferRescueGlobal?: unknown }).__transferRescueGlobal

export default globalObject
