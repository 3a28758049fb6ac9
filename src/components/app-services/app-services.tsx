import { createContext, useContext, type PropsWithChildren } from 'react'

/**
 * What a component may ask of the phone: dial, copy, open a page, say something briefly, read the
 * system font scale and the clock. Components never import src/platform (the layer rule); the app root provides
 * the real implementation (src/platform/services.ts) and tests provide their own.
 */
export interface AppServices {
  callNumber: (phoneNumber: string) => unknown
  copyText: (text: string, what?: string) => unknown
  /** `route` is one of the app's page routes (src/content/routes.ts). */
  openPage: (route: string, query?: Record<string, string | undefined>) => unknown
  toast: (title: string, icon?: 'none' | 'success') => unknown
  systemFontScale: () => number
  /** The phone's clock (epoch ms): components never read it themselves. */
  now: () => number
}

const AppServicesContext = createContext<AppServices | null>(null)

export function AppServicesProvider({
  services,
  children,
}: PropsWithChildren<{ services: AppServices }>) {
  return <AppServicesContext.Provider value={services}>{children}</AppServicesContext.Provider>
}

/** The services of the app root; a missing provider is a wiring bug, so it fails loudly. */
export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext)
  if (!services) throw new Error('AppServicesProvider is missing above this component')
  return services
}
