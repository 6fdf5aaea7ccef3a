// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import type { AppPreferences } from '@common/api/contract'
import { applyCommand } from '@common/domain/run/transitions'
import type { RunState } from '@common/domain/run/run-state'
import { builtinRun } from '../unit/run/fixtures'
import { renderWithIntl } from '../support/with-intl'

// 21:05 on the day: English says "9:05 PM", German "21:05".
const T0 = new Date(2026, 10, 27, 21, 5, 0).getTime()
const MINUTE = 60_000

const preferences: AppPreferences = {
  soundVolume: 0.7,
  muted: false,
  messagePresets: ['Noch 5 Minuten'],
  appLanguage: 'de',
  systemLanguage: 'en',
}
const bridge = {
  getPreferences: () => Promise.resolve({ ok: true, value: preferences }),
  on: () => () => undefined,
}

beforeAll(() => {
  // jsdom has no modal dialogs; the sheet only needs to be open to be read.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true
  }
})

beforeEach(() => {
  Object.defineProperty(window, 'facilitator', { value: bridge, configurable: true })
  vi.resetModules()
})

const german = { language: 'de' } as const
const running = (): RunState => applyCommand(builtinRun(), { type: 'start' }, T0)

describe('the run console in the app’s language', () => {
  it('says when the session ended as German clocks do, 24-hour', async () => {
    const { EndedClock } = await import('../../renderer/src/features/run/EndedClock')
    const ended = applyCommand(running(), { type: 'end' }, T0 + 95 * MINUTE)
    renderWithIntl(<EndedClock state={ended} />, german)
    expect(screen.getByTestId('ended-clock').textContent).toBe(
      'Beendet um 22:40✓ Sitzung vorbei · Dauer 1 h 35 min',
    )
  })

  it('shows the agenda’s planned times and headings in German', async () => {
    const { RunAgenda } = await import('../../renderer/src/features/run/RunAgenda')
    renderWithIntl(<RunAgenda state={running()} send={() => undefined} />, german)
    expect(screen.getByRole('columnheader', { name: 'Geplant' })).toBeTruthy()
    const firstRow = screen.getAllByRole('row')[1]!
    expect(within(firstRow).getAllByRole('cell')[0]!.textContent).toBe('9:00')
    expect(screen.getAllByRole('button', { name: /^Springen zu / }).length).toBeGreaterThan(1)
  })

  it('reads the agenda’s times in English as English does, with AM and PM', async () => {
    const { RunAgenda } = await import('../../renderer/src/features/run/RunAgenda')
    renderWithIntl(<RunAgenda state={running()} send={() => undefined} />)
    const firstRow = screen.getAllByRole('row')[1]!
    expect(within(firstRow).getAllByRole('cell')[0]!.textContent).toMatch(/^9:00\sAM$/)
  })

  it('labels the clock and room buttons, the exercise notes and the shortcuts in German', async () => {
    const { RunControls } = await import('../../renderer/src/features/run/RunControls')
    const { RoomControls } = await import('../../renderer/src/features/run/RoomControls')
    const { ExerciseNotes } = await import('../../renderer/src/features/run/ExerciseNotes')
    const { ShortcutSheet } = await import('../../renderer/src/features/run/ShortcutSheet')
    const state = running()
    const send = () => undefined
    renderWithIntl(
      <>
        <RunControls state={state} send={send} />
        <RoomControls state={state} send={send}>
          {null}
        </RoomControls>
        <ExerciseNotes state={state} />
        <ShortcutSheet onClose={() => undefined} />
      </>,
      german,
    )
    expect(screen.getByRole('button', { name: 'Schwarz ausblenden B' })).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Ausblenden und Aufmerksamkeit' })).toBeTruthy()
    expect(screen.getByRole('option', { name: 'Wie im Workshop: dunkel' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Alle Impulse' })).toBeTruthy()
    expect(screen.getByText('Tastenkürzel')).toBeTruthy()
    expect(screen.getByRole('rowheader', { name: 'Leertaste' })).toBeTruthy()
  })

  it('asks to continue after a restart, and shows the message presets, in German', async () => {
    const { ResumePrompt } = await import('../../renderer/src/features/run/ResumePrompt')
    const { MessageControl } = await import('../../renderer/src/features/run/MessageControl')
    const paused = applyCommand(running(), { type: 'pause' }, T0 + MINUTE)
    renderWithIntl(
      <>
        <ResumePrompt state={paused} />
        <MessageControl
          state={{ ...paused, message: 'Noch 5 Minuten' }}
          send={() => undefined}
          inputRef={{ current: null }}
        />
      </>,
      german,
    )
    expect(screen.getByRole('alertdialog').textContent).toContain('pausiert war')
    expect(screen.getByRole('button', { name: 'Sitzung fortsetzen' })).toBeTruthy()
    expect(await screen.findByRole('group', { name: 'Nachrichtenvorlagen' })).toBeTruthy()
    expect(screen.getByText(/Angezeigt: „Noch 5 Minuten“/)).toBeTruthy()
  })
})
