import { systemFontScale } from './device'
import { toast } from './feedback'
import { openPage } from './navigation'
import { callNumber, copyText } from './phone'
import type { Route } from './navigation'

/** The phone's services as the components ask for them (components/app-services). */
export const platformServices = {
  callNumber,
  copyText,
  openPage: (route: string, query?: Record<string, string | undefined>) =>
    openPage(route as Route, query),
  toast,
  systemFontScale,
  now: () => Date.now(),
}
