// @vitest-environment jsdom
import { renderWithIntl } from '../support/with-intl'
import { fireEvent, screen } from '@testing-library/react'

// The main process with a full user-data disk: the change applies, but is not saved.
const bridge = {
  getPreferences: () => Promise.resolve({ ok: true, value: { soundVolume: 0.7, muted: false } }),
  listDisplays: () => new Promise(() => undefined),
  updatePreferences: () =>
    Promise.resolve({
      ok: false,
      code: 'io-error',
      message:
        'The change applies until you quit, but could not save the settings: the disk is full.',
    }),
  on: () => () => undefined,
}

beforeEach(() => {
  Object.defineProperty(window, 'facilitator', { value: bridge, configurable: true })
  vi.resetModules()
})

describe('sound and displays', () => {
  it('says when a preference could not be saved', async () => {
    const { SoundAndDisplays } = await import('../../renderer/src/features/run/SoundAndDisplays')
    renderWithIntl(<SoundAndDisplays />)
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Mute' }))
    expect(await screen.findByText(/could not save the settings: the disk is full/)).toBeTruthy()
  })
})
