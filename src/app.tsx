import { PropsWithChildren } from 'react'
import { AppServicesProvider } from './components/app-services'
import { platformServices } from './platform/services'
import './app.scss'

function App({ children }: PropsWithChildren) {
  // children is the page being shown; the app keeps no global state (storage is read per page).
  // The provider hands components the phone's services (dial, copy, open a page, toast).
  return <AppServicesProvider services={platformServices}>{children}</AppServicesProvider>
}

export default App
