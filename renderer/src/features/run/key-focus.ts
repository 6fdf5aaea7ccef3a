import type { KeyFocus } from '@common/domain/run/shortcuts'

const pressableInputs = ['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file']

/** Where a key press lands: typing in a field, on a control that Space presses, or elsewhere. */
export function keyFocusOf(target: EventTarget | null): KeyFocus {
  if (!(target instanceof HTMLElement)) return 'none'
  if (target.isContentEditable) return 'textField'
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return 'textField'
  if (target instanceof HTMLInputElement)
    return pressableInputs.includes(target.type) ? 'control' : 'textField'
  if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return 'control'
  if (target.tagName === 'SUMMARY' || target.getAttribute('role') === 'button') return 'control'
  return 'none'
}
