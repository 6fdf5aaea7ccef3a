import { useLayoutEffect } from 'react'
import { shortcutFor, type ShortcutAction } from '@common/domain/run/shortcuts'

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(target.type)
}

/** Binds the console's keyboard shortcuts for as long as the session screen is shown. */
export function useRunShortcuts(onAction: (action: ShortcutAction) => void): void {
  // Bound before the screen is painted, so a key pressed the moment it appears is not lost.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat && event.key === ' ') return
      const action = shortcutFor(
        event.key,
        { shift: event.shiftKey, ctrlOrMeta: event.ctrlKey || event.metaKey, alt: event.altKey },
        isTextField(event.target),
      )
      if (action === null) return
      // A focused button would also "click" on Space; the shortcut is the one action.
      if (action.kind !== 'escape') event.preventDefault()
      onAction(action)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [onAction])
}
