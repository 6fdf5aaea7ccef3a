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
    // A button clicked with the mouse or trackpad would keep the focus, and the next Space would
    // press it again (Next phase twice) instead of pausing the clock. Keyboard users, who reach
    // a button with Tab, keep it focused: Space then presses it, as they expect.
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null
      if (event.detail > 0 && target !== null && keyFocusOf(target) === 'control') target.blur()
    }
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('click', onClick)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('click', onClick)
    }
  }, [onAction])
}
