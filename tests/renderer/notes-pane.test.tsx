// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Note } from '@common/api/contract'

function note(text: string): Note {
  return {
    id: `id-${text}`,
    at: 0,
    itemIndex: 0,
    phaseIndex: 0,
    itemTitle: 'Welcome',
    phaseLabel: 'Frame',
    text,
    tag: null,
    editedAt: null,
  }
}

// The main process as the console sees it with a full disk: the first note cannot be saved and
// is kept; the next one is saved, and with it the one kept.
const kept: Note[] = []
const bridge = {
  getLiveNotes: vi.fn(() =>
    Promise.resolve({ ok: true, value: { fileName: 'a', details: {}, notes: [...kept] } }),
  ),
  addNote: vi.fn(({ text }: { text: string }) => {
    kept.push(note(text))
    return Promise.resolve(
      kept.length === 1
        ? { ok: false, code: 'io-error', message: 'The note is kept in memory: the disk is full.' }
        : { ok: true, value: note(text) },
    )
  }),
  on: () => () => undefined,
}

beforeEach(() => {
  Object.defineProperty(window, 'facilitator', { value: bridge, configurable: true })
  vi.resetModules()
})

describe('the notes pane', () => {
  it('says a note was not saved, and lists it once the next note saved it', async () => {
    const user = userEvent.setup()
    const { NotesPane } = await import('../../renderer/src/features/notes/NotesPane')
    // Imported after the reset, so the pane and the provider share one react-intl.
    const { renderWithIntl } = await import('../support/with-intl')
    renderWithIntl(<NotesPane sessionRunning />)
    const input = screen.getByRole('textbox', { name: /^Note/ })
    await user.type(input, 'first{Enter}')
    expect((await screen.findByRole('alert')).textContent).toMatch(/kept in memory.*disk is full/)
    await user.type(input, 'second{Enter}')
    const list = screen.getByRole('list', { name: /Notes/ })
    await vi.waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
