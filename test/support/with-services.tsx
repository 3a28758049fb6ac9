import type { ReactNode } from 'react'
import { AppServicesProvider } from '../../src/components/app-services'
import { platformServices } from '../../src/platform/services'

/** Wraps a component as the app root does, with the real (Taro-mocked) platform services. */
export function withServices(node: ReactNode) {
  return <AppServicesProvider services={platformServices}>{node}</AppServicesProvider>
}
