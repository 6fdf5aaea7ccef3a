import { useCallback, useState } from 'react'
import type { OpenedWorkshop } from '@common/api/contract'
import { bridge } from '../lib/bridge'
import { useLatestOnly } from '../lib/useLatestOnly'

/** Where the console is when no session is on screen. */
export type ConsoleScreen =
  | { kind: 'library' }
  | { kind: 'workshop'; opened: OpenedWorkshop }
  | { kind: 'editor'; opened: OpenedWorkshop }
  | { kind: 'sessions' }
  | { kind: 'debrief'; fileName: string }

/** The console's current screen, and the way back from the editor to the workshop's page. */
export function useConsoleScreen(): {
  screen: ConsoleScreen
  show: (screen: ConsoleScreen) => void
  leaveEditor: (opened: OpenedWorkshop) => void
} {
  const [screen, show] = useState<ConsoleScreen>({ kind: 'library' })
  const latestOnly = useLatestOnly()
  // Back from the editor, the workshop is read again so the page shows what is on disk. When it
  // cannot be read, the page shows the edited copy: the editor has just said whether it saved.
  const leaveEditor = useCallback(
    (opened: OpenedWorkshop) =>
      latestOnly(bridge.openWorkshop({ ref: opened.ref }), (result) =>
        show({ kind: 'workshop', opened: result.ok ? result.value : opened }),
      ),
    [latestOnly],
  )
  return { screen, show, leaveEditor }
}
