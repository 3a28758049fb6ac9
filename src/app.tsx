import { PropsWithChildren } from 'react'
import './app.scss'

function App({ children }: PropsWithChildren) {
  // children is the page being shown; the app keeps no global state (storage is read per page).
  return children
}

export default App
