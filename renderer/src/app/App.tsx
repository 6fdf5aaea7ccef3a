import { Suspense } from 'react'
import { ConsoleApp } from './ConsoleApp'
import { RoomDisplay } from './lazy-screens'
import { useViewFromHash } from './useViewFromHash'
import { AppLanguageProvider } from '../lib/i18n/AppLanguageProvider'

/** Picks the view by the window's hash: the room display or the facilitator's console. */
export function App() {
  const view = useViewFromHash()
  return (
    <AppLanguageProvider>
      {view === 'console' ? (
        <ConsoleApp />
      ) : (
        <Suspense fallback={null}>
          <RoomDisplay />
        </Suspense>
      )}
    </AppLanguageProvider>
  )
}
