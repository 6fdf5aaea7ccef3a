import type { MessageId } from '../../i18n/message-id'
import type { RunCommand } from './commands'

/** What a key does in the console during a session. */
export type ShortcutAction =
  | { kind: 'command'; command: RunCommand }
  | { kind: 'focusMessage' }
  | { kind: 'toggleFullscreen' }
  | { kind: 'showShortcuts' }
  | { kind: 'escape' }

/**
 * Where the keyboard focus is when a key is pressed: in a text field (typing), on a control that
 * Space or Enter presses (a button, a checkbox, a link), or elsewhere.
 */
export type KeyFocus = 'textField' | 'control' | 'none'

/**
 * The keys, as listed on the shortcut sheet: which keys and what they do, each a message, since
 * key names are said differently too (Space is "Leertaste" on a German keyboard).
 */
export const shortcutSheet: readonly { keys: MessageId; does: MessageId }[] = (
  [
    'toggle',
    'press',
    'nextPhase',
    'previousPhase',
    'items',
    'minutes',
    'blankBlack',
    'blankWhite',
    'message',
    'fullscreen',
    'list',
    'escape',
  ] as const
).map((row) => ({
  keys: `console.shortcuts.${row}.keys` as const,
  does: `console.shortcuts.${row}.does` as const,
}))

/** The key each of the console's buttons shows beside its words: the same key in every language. */
export const buttonKeys = {
  nextPhase: 'N',
  previousPhase: 'P',
  addMinute: '+',
  removeMinute: '−',
  blankBlack: 'B',
  blankWhite: 'W',
  message: 'M',
} as const

const command = (c: RunCommand): ShortcutAction => ({ kind: 'command', command: c })

/**
 * The action for a key press, or null. Nothing fires while the focus is in a text field, so
 * typing a note or a message never moves the clock; Esc is the one key that still works there.
 * Space and Enter on a focused button press that button, as everywhere else: only away from the
 * controls does Space start or pause the clock.
 */
export function shortcutFor(
  key: string,
  modifiers: { shift: boolean; ctrlOrMeta: boolean; alt: boolean },
  focus: KeyFocus,
): ShortcutAction | null {
  if (key === 'Escape') return { kind: 'escape' }
  if (focus === 'textField' || modifiers.ctrlOrMeta || modifiers.alt) return null
  switch (key) {
    case ' ':
      return focus === 'control' ? null : command({ type: 'toggle' })
    case 'ArrowRight':
      return command({ type: modifiers.shift ? 'nextItem' : 'nextPhase' })
    case 'ArrowLeft':
      return command({ type: modifiers.shift ? 'previousItem' : 'previousPhase' })
    // What a presentation clicker sends for its forward and back buttons.
    case 'PageDown':
    case 'n':
    case 'N':
      return command({ type: 'nextPhase' })
    case 'PageUp':
    case 'p':
    case 'P':
      return command({ type: 'previousPhase' })
    case '+':
    case '=':
      return command({ type: 'adjust', minutes: 1 })
    case '-':
    case '_':
      return command({ type: 'adjust', minutes: -1 })
    // A slide show's keys, which clickers with a blank button also send.
    case 'b':
    case 'B':
    case '.':
      return command({ type: 'toggleBlank', colour: 'black' })
    case 'w':
    case 'W':
      return command({ type: 'toggleBlank', colour: 'white' })
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

/** The keys the room display answers to: what presentation clickers send. */
const clickerKeys = new Set(['PageDown', 'PageUp', 'b', 'B', '.', 'w', 'W'])

/**
 * The command for a key pressed while the room display has the focus, or null. A clicker sends
 * its keys to whichever window is in front, often the room's; those keys act as in the console,
 * through the same table. Keys that start the clock or change its time are left to the console,
 * where the facilitator sees what they did. Esc shows a blanked screen again.
 */
export function roomCommandFor(
  key: string,
  modifiers: { shift: boolean; ctrlOrMeta: boolean; alt: boolean },
  blanked: boolean,
): RunCommand | null {
  if (key === 'Escape') return blanked ? { type: 'blank', on: false } : null
  if (!clickerKeys.has(key)) return null
  const action = shortcutFor(key, modifiers, 'none')
  return action?.kind === 'command' ? action.command : null
}
