import { useState } from 'react'
import type { OpenedWorkshop } from '@common/api/contract'
import { LibraryScreen } from '../features/library/LibraryScreen'
import { WorkshopScreen } from '../features/workshop/WorkshopScreen'

/** The facilitator's window: the library, or one opened workshop. */
export function ConsoleApp() {
  const [opened, setOpened] = useState<OpenedWorkshop | null>(null)
  return (
    <div className="console">
      <header className="console-header">
        <span className="brand" aria-hidden="true">
          ◆
        </span>
        <span className="brand-name">Facilitator</span>
      </header>
      <main className="console-main">
        {opened === null ? (
          <LibraryScreen onOpened={setOpened} />
        ) : (
          <WorkshopScreen opened={opened} onBack={() => setOpened(null)} onOpened={setOpened} />
        )}
      </main>
    </div>
  )
}
