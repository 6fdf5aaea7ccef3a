import { shortcutFor } from '@common/domain/run/shortcuts'

const none = { shift: false, ctrlOrMeta: false, alt: false }

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor(' ', none, false)).toEqual({ kind: 'command', command: { type: 'toggle' } })
    expect(shortcutFor('ArrowRight', none, false)).toEqual({
      kind: 'command',
      command: { type: 'nextPhase' },
    })
    expect(shortcutFor('N', none, false)).toEqual({
      kind: 'command',
      command: { type: 'nextPhase' },
    })
    expect(shortcutFor('ArrowLeft', none, false)).toEqual({
      kind: 'command',
      command: { type: 'previousPhase' },
    })
    expect(shortcutFor('ArrowRight', { ...none, shift: true }, false)).toEqual({
      kind: 'command',
      command: { type: 'nextItem' },
    })
    expect(shortcutFor('+', none, false)).toEqual({
      kind: 'command',
      command: { type: 'adjust', minutes: 1 },
    })
    expect(shortcutFor('-', none, false)).toEqual({
      kind: 'command',
      command: { type: 'adjust', minutes: -1 },
    })
    expect(shortcutFor('b', none, false)).toEqual({
      kind: 'command',
      command: { type: 'toggleBlank' },
    })
    expect(shortcutFor('m', none, false)).toEqual({ kind: 'focusMessage' })
    expect(shortcutFor('f', none, false)).toEqual({ kind: 'toggleFullscreen' })
    expect(shortcutFor('?', none, false)).toEqual({ kind: 'showShortcuts' })
  })

  it('does nothing while typing, except Escape', () => {
    for (const key of [' ', 'n', 'ArrowRight', '+', 'b', 'm'])
      expect(shortcutFor(key, none, true)).toBeNull()
    expect(shortcutFor('Escape', none, true)).toEqual({ kind: 'escape' })
  })

  it('leaves system shortcuts alone', () => {
    expect(shortcutFor('n', { ...none, ctrlOrMeta: true }, false)).toBeNull()
    expect(shortcutFor('b', { ...none, alt: true }, false)).toBeNull()
    expect(shortcutFor('x', none, false)).toBeNull()
  })
})
