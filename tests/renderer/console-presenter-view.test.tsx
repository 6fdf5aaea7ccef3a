// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import { applyCommand } from '@common/domain/run/transitions'
import type { DisplaySetup } from '@common/api/contract'
import { builtinRun } from '../unit/run/fixtures'
import { compileMessages } from '@common/i18n/compile-messages'
import type { MessageLanguage } from '@common/i18n/locales'
import { renderWithIntl } from '../support/with-intl'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()

// A 4:3 projector shows the room; the laptop's own screen is 16:10.
const setup: DisplaySetup = {
  displays: [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      workArea: { x: 0, y: 0, width: 1440, height: 900 },
      internal: true,
      label: 'Display 1',
      primary: true,
    },
    {
      id: 2,
      bounds: { x: 1440, y: 0, width: 1024, height: 768 },
      workArea: { x: 1440, y: 0, width: 1024, height: 768 },
      internal: false,
      label: 'Display 2',
      primary: false,
    },
  ],
  roomDisplayId: 2,
  rehearsal: false,
  roomWindowOpen: true,
}

const bridge = {
  listDisplays: vi.fn(() => Promise.resolve({ ok: true, value: setup })),
  getRoster: () => Promise.resolve({ ok: true, value: { roster: null, shownExerciseId: null } }),
  on: () => () => undefined,
  // The room's miniature speaks the workshop's language and asks for its words, as a window does.
  getMessages: ({ language }: { language: MessageLanguage }) =>
    Promise.resolve({ ok: true, value: compileMessages(language) }),
}

beforeEach(() => {
  Object.defineProperty(window, 'facilitator', { value: bridge, configurable: true })
  vi.resetModules()
})

async function renderPresenterView(state: ReturnType<typeof builtinRun>) {
  const { PresenterView } = await import('../../renderer/src/features/run/PresenterView')
  return renderWithIntl(<PresenterView state={state} />)
}

describe('the presenter view', () => {
  it('draws the room in the room display’s shape, hidden from screen readers', async () => {
    const running = applyCommand(builtinRun(), { type: 'start' }, T0)
    await renderPresenterView(running)
    const frame = screen.getByTestId('presenter-frame')
    await vi.waitFor(() => expect(frame.style.getPropertyValue('--room-ratio')).toMatch(/^1\.33/))
    expect(frame.getAttribute('aria-hidden')).toBe('true')
    // The room's timer and headings are in the miniature, but only the words are announced.
    expect(screen.queryByRole('timer')).toBeNull()
    expect(screen.getByRole('heading').textContent).toBe('On the room now')
    expect(screen.getByTestId('room-status').textContent).toBe('Exercise, clock running')
  })

  it('says at a glance what the room shows: message, blank, pause', async () => {
    let state = applyCommand(builtinRun(), { type: 'start' }, T0)
    state = applyCommand(state, { type: 'message', text: 'Swap roles now' }, T0)
    state = applyCommand(state, { type: 'pause' }, T0)
    const { unmount } = await renderPresenterView(state)
    expect(screen.getByTestId('room-status').textContent).toBe(
      'Exercise, clock paused · Message up',
    )
    unmount()
    await renderPresenterView(applyCommand(state, { type: 'toggleBlank', colour: 'white' }, T0))
    expect(screen.getByTestId('room-status').textContent).toBe(
      'Blanked to white: the room sees nothing else',
    )
  })
})
