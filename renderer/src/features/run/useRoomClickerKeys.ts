import { useEffect } from 'react'
import type { RunState } from '@common/domain/run/run-state'
import { roomCommandFor } from '@common/domain/run/shortcuts'
import { bridge } from '../../lib/bridge'

/**
 * Lets a presentation clicker work while the room display has the focus: its keys (Page Down,
 * Page Up, B, `.`, W, Esc) act as they do in the console, through the same shortcut table.
 */
export function useRoomClickerKeys(state: RunState | null): void {
  const hasSession = state !== null
  const blanked = state?.blanked === true
  useEffect(() => {
    if (!hasSession) return undefined
    const onKeyDown = (event: KeyboardEvent) => {
      const command = roomCommandFor(
        event.key,
        { shift: event.shiftKey, ctrlOrMeta: event.ctrlKey || event.metaKey, alt: event.altKey },
        blanked,
      )
      if (command === null) return
      event.preventDefault()
      void bridge.runCommand({ command })
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [hasSession, blanked])
}
