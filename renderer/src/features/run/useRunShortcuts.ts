import { useLayoutEffect } from 'react'
import { shortcutFor, type ShortcutAction } from '@common/domain/run/shortcuts'
import { keyFocusOf } from './key-focus'

/** Binds the console's keyboard shortcuts for as long as the session screen is shown. */
export function useRunShortcuts(onAction: (action: ShortcutAction) => void): void {
  // Bound before the screen is painted, so a key pressed the moment it appears is not lost.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat && event.key === ' ') return
      const action = shortcutFor(
        event.key,
        { shift: event.shiftKey, ctrlOrMeta: event.ctrlKey || event.metaKey, alt: event.altKey },
        keyFocusOf(event.target),
      )
      if (action === null) return
      // Page Down would also scroll the page, and Space on no control would too.
      if (action.kind !== 'escape') event.preventDefault()
      onAction(action)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [onAction])
}
