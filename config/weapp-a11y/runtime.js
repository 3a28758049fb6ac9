// Runs in the mini-program before the app: tells Taro's runtime about the aria-* attributes the
// templates now bind, so props such as ariaRole reach the page data under the template's aliases.
import { mergeInternalComponents } from '@tarojs/shared'
import attributes from './attributes'

mergeInternalComponents(attributes)
