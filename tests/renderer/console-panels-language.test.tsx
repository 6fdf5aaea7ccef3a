// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react'
import type { Note } from '@common/api/contract'
import { LanLinks } from '../../renderer/src/features/lan/LanLinks'
import { NoteItem } from '../../renderer/src/features/notes/NoteItem'
import { SheetColumns } from '../../renderer/src/features/pairs/SheetColumns'
import { RosterForm } from '../../renderer/src/features/pairs/RosterForm'
import { renderWithIntl } from '../support/with-intl'

// The console speaks the app's language: these panels in German, where no word is English.
describe('the console’s panels in German', () => {
  it('names a link, counts who follows it, and labels its address', () => {
    const link = {
      capability: 'remote' as const,
      urls: ['http://10.0.0.2:4350/#t'],
      qrCodes: [''],
      connected: 1,
    }
    renderWithIntl(<LanLinks links={[link]} />, { language: 'de' })
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'Fernbedienung · 1 verbunden',
    )
    expect(screen.getByLabelText('Link „Fernbedienung“')).toHaveProperty('value', link.urls[0])
    expect(screen.getByRole('button', { name: 'Kopieren (Fernbedienung)' })).toBeTruthy()
  })

  it('shows a note’s tag by its German name and its time as German says it, keeping the tag', () => {
    const note: Note = {
      id: 'n1',
      at: new Date(2026, 11, 6, 14, 5).getTime(),
      itemIndex: 0,
      phaseIndex: 0,
      itemTitle: 'Willkommen',
      phaseLabel: 'Rahmen',
      text: 'Später klären',
      tag: 'parkingLot',
      editedAt: null,
    }
    renderWithIntl(<NoteItem note={note} onSave={vi.fn()} onRemove={vi.fn()} />, {
      language: 'de',
    })
    expect(screen.getByRole('listitem').className).toContain('note-parkingLot')
    expect(document.querySelector('.note-tag')?.textContent).toBe(' Themenspeicher')
    expect(document.querySelector('time')?.textContent).toBe('14:05')
    expect(screen.getByRole('button', { name: 'Notiz bearbeiten: Später klären' })).toBeTruthy()
  })

  it('counts an imported sheet’s rows and names a column without a header', () => {
    const sheet = {
      columns: ['Name', ''],
      rows: [
        ['Ana', 'x'],
        ['Ben', 'y'],
      ],
    }
    renderWithIntl(
      <SheetColumns
        sheet={sheet}
        nameColumn={0}
        attributes={[]}
        onNameColumn={vi.fn()}
        onAttributes={vi.fn()}
        onDrop={vi.fn()}
      />,
      { language: 'de' },
    )
    expect(screen.getByRole('group').querySelector('legend')?.textContent).toMatch(
      /^Importiert: 2 Zeilen/,
    )
    expect(screen.getByLabelText('Spalte 2')).toBeTruthy()
  })

  it('offers the group sizes in German, and says why an empty roster forms no groups', () => {
    renderWithIntl(<RosterForm roster={null} arrange={vi.fn()} />, { language: 'de' })
    const sizes = screen.getAllByRole('option').map((option) => option.textContent)
    expect(sizes).toEqual([
      'Paare',
      'Dreiergruppen',
      'Gruppen zu 4',
      'Gruppen zu 5',
      'Gruppen zu 6',
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Gruppen bilden' }))
    expect(screen.getByRole('alert').textContent).toBe(
      'Die Liste ist leer: Tippen oder fügen Sie mindestens zwei Namen ein, einen pro Zeile.',
    )
  })
})
