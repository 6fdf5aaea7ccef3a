import type { RunCommand } from './commands'

/** What a key does in the console during a session. */
export type ShortcutAction =
  | { kind: 'command'; command: RunCommand }
  | { kind: 'focusMessage' }
  | { kind: 'toggleFullscreen' }
  | { kind: 'showShortcuts' }
  | { kind: 'escape' }

/** The keys, as listed on the shortcut sheet. */
export const shortcutSheet: readonly { keys: string; does: string }[] = [
  { keys: 'Space', does: 'Start, pause or resume the clock' },
  { keys: '→ or N', does: 'Next phase' },
  { keys: '← or P', does: 'Previous phase' },
  { keys: 'Shift + → / Shift + ←', does: 'Next / previous exercise' },
  { keys: '+ / −', does: 'Add / remove a minute' },
  { keys: 'B', does: 'Blank the room screen (again to show it)' },
  { keys: 'M', does: 'Write a message to the room' },
  { keys: 'F', does: 'Room display fullscreen on or off' },
  { keys: '?', does: 'Show this list' },
  { keys: 'Esc', does: 'Close this list, or leave the message box' },
]

/**
 * The action for a key press, or null. Nothing fires while the focus is in a text field, so
 * typing a note or a message never moves the clock; Esc is the one key that still works there.
 */
export function shortcutFor(
  key: string,
  modifiers: { shift: boolean; ctrlOrMeta: boolean; alt: boolean },
  focusIsInTextField: boolean,
): ShortcutAction | null {
  if (key === 'Escape') return { kind: 'escape' }
  if (focusIsInTextField || modifiers.ctrlOrMeta || modifiers.alt) return null
  switch (key) {
    case ' ':
      return { kind: 'command', command: { type: 'toggle' } }
    case 'ArrowRight':
      return { kind: 'command', command: { type: modifiers.shift ? 'nextItem' : 'nextPhase' } }
    case 'ArrowLeft':
      return {
        kind: 'command',
        command: { type: modifiers.shift ? 'previousItem' : 'previousPhase' },
      }
    case 'n':
    case 'N':
      return { kind: 'command', command: { type: 'nextPhase' } }
    case 'p':
    case 'P':
      return { kind: 'command', command: { type: 'previousPhase' } }
    case '+':
    case '=':
      return { kind: 'command', command: { type: 'adjust', minutes: 1 } }
    case '-':
    case '_':
      return { kind: 'command', command: { type: 'adjust', minutes: -1 } }
    case 'b':
    case 'B':
      return { kind: 'command', command: { type: 'toggleBlank' } }
    case 'm':
    case 'M':
      return { kind: 'focusMessage' }
    case 'f':
    case 'F':
      return { kind: 'toggleFullscreen' }
    case '?':
      return { kind: 'showShortcuts' }
    default:
      return null
  }
}
