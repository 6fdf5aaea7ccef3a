import { translatorFor } from '@common/i18n/translator'
import { roomCommandFor, shortcutFor, shortcutSheet } from '@common/domain/run/shortcuts'

const none = { shift: false, ctrlOrMeta: false, alt: false }
const command = (type: string, extra: object = {}) => ({
  kind: 'command',
  command: { type, ...extra },
})

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor(' ', none, 'none')).toEqual(command('toggle'))
    expect(shortcutFor('ArrowRight', none, 'none')).toEqual(command('nextPhase'))
    expect(shortcutFor('N', none, 'none')).toEqual(command('nextPhase'))
    expect(shortcutFor('ArrowLeft', none, 'none')).toEqual(command('previousPhase'))
    expect(shortcutFor('ArrowRight', { ...none, shift: true }, 'none')).toEqual(command('nextItem'))
    expect(shortcutFor('+', none, 'none')).toEqual(command('adjust', { minutes: 1 }))
    expect(shortcutFor('-', none, 'none')).toEqual(command('adjust', { minutes: -1 }))
    expect(shortcutFor('m', none, 'none')).toEqual({ kind: 'focusMessage' })
    expect(shortcutFor('f', none, 'none')).toEqual({ kind: 'toggleFullscreen' })
    expect(shortcutFor('?', none, 'none')).toEqual({ kind: 'showShortcuts' })
  })

  it('moves between phases with what a clicker sends', () => {
    expect(shortcutFor('PageDown', none, 'none')).toEqual(command('nextPhase'))
    expect(shortcutFor('PageUp', none, 'none')).toEqual(command('previousPhase'))
    // A clicker works whatever has the focus, a button included.
    expect(shortcutFor('PageDown', none, 'control')).toEqual(command('nextPhase'))
  })

  it('blanks to black with B or . and to white with W, as a slide show does', () => {
    for (const key of ['b', 'B', '.'])
      expect(shortcutFor(key, none, 'none')).toEqual(command('toggleBlank', { colour: 'black' }))
    for (const key of ['w', 'W'])
      expect(shortcutFor(key, none, 'none')).toEqual(command('toggleBlank', { colour: 'white' }))
  })

  it('leaves Space and Enter to a focused button, and Space toggles the clock elsewhere', () => {
    expect(shortcutFor(' ', none, 'control')).toBeNull()
    expect(shortcutFor('Enter', none, 'control')).toBeNull()
    expect(shortcutFor('Enter', none, 'none')).toBeNull()
    expect(shortcutFor('n', none, 'control')).toEqual(command('nextPhase'))
  })

  it('does nothing while typing, except Escape', () => {
    for (const key of [' ', 'n', 'ArrowRight', '+', 'b', '.', 'w', 'm', 'PageDown'])
      expect(shortcutFor(key, none, 'textField')).toBeNull()
    expect(shortcutFor('Escape', none, 'textField')).toEqual({ kind: 'escape' })
  })

  it('leaves system shortcuts alone', () => {
    expect(shortcutFor('n', { ...none, ctrlOrMeta: true }, 'none')).toBeNull()
    expect(shortcutFor('b', { ...none, alt: true }, 'none')).toBeNull()
    expect(shortcutFor('x', none, 'none')).toBeNull()
  })

  it('lists every key it answers to on the sheet', () => {
    const t = translatorFor('en')
    const sheet = shortcutSheet.map((row) => t.formatMessage({ id: row.keys })).join(' ')
    for (const name of ['Space', 'Enter', 'Page Down', 'Page Up', 'B or .', 'W', 'Esc'])
      expect(sheet).toContain(name)
  })

  it('names the keys as each language’s keyboard does', () => {
    const t = translatorFor('de')
    const sheet = shortcutSheet.map((row) => t.formatMessage({ id: row.keys })).join(' ')
    for (const name of ['Leertaste', 'Eingabetaste', 'Bild ab', 'Umschalt', 'B oder .'])
      expect(sheet).toContain(name)
  })
})

describe('roomCommandFor', () => {
  it('answers a clicker pointed at the room display as the console would', () => {
    expect(roomCommandFor('PageDown', none, false)).toEqual({ type: 'nextPhase' })
    expect(roomCommandFor('PageUp', none, false)).toEqual({ type: 'previousPhase' })
    expect(roomCommandFor('.', none, false)).toEqual({ type: 'toggleBlank', colour: 'black' })
    expect(roomCommandFor('W', none, false)).toEqual({ type: 'toggleBlank', colour: 'white' })
  })

  it('shows a blanked screen again on Esc, and does nothing on Esc otherwise', () => {
    expect(roomCommandFor('Escape', none, true)).toEqual({ type: 'blank', on: false })
    expect(roomCommandFor('Escape', none, false)).toBeNull()
  })

  it('leaves the clock and its time to the console', () => {
    for (const key of [' ', '+', '-', 'n', 'ArrowRight', 'm'])
      expect(roomCommandFor(key, none, false)).toBeNull()
    expect(roomCommandFor('PageDown', { ...none, ctrlOrMeta: true }, false)).toBeNull()
  })
})
