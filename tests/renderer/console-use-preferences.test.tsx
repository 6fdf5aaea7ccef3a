// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react'
import type { AppPreferences } from '@common/api/contract'
import { IntlFor } from '../support/with-intl'

const first: AppPreferences = {
  soundVolume: 0.7,
  muted: false,
  messagePresets: ['5 minutes left'],
  appLanguage: 'system',
  systemLanguage: 'en',
}
let changed: ((preferences: AppPreferences) => void) | null = null
const bridge = {
  getPreferences: () => Promise.resolve({ ok: true, value: first }),
  updatePreferences: vi.fn((change: Partial<AppPreferences>) =>
    Promise.resolve(
      change.muted === true
        ? { ok: false, code: 'io-error', message: 'could not save the settings: the disk is full' }
        : { ok: true, value: { ...first, ...change } },
    ),
  ),
  on: (event: string, listener: (preferences: AppPreferences) => void) => {
    if (event === 'preferencesChanged') changed = listener
    return () => {
      changed = null
    }
  },
}

beforeEach(() => {
  Object.defineProperty(window, 'facilitator', { value: bridge, configurable: true })
  vi.resetModules()
})

async function renderUsePreferences() {
  const { usePreferences } = await import('../../renderer/src/features/run/usePreferences')
  return renderHook(() => usePreferences(), { wrapper: IntlFor })
}

describe('usePreferences', () => {
  it('reads the preferences, then follows changes made in any window', async () => {
    const { result } = await renderUsePreferences()
    await waitFor(() =>
      expect(result.current.preferences?.messagePresets).toEqual(['5 minutes left']),
    )
    act(() => changed?.({ ...first, messagePresets: ['Lunch is served'] }))
    expect(result.current.preferences?.messagePresets).toEqual(['Lunch is served'])
  })

  it('applies a saved change, and says why when a change could not be saved', async () => {
    const { result } = await renderUsePreferences()
    await waitFor(() => expect(result.current.preferences).not.toBeNull())
    act(() => result.current.update({ messagePresets: ['Swap roles now'] }))
    await waitFor(() =>
      expect(result.current.preferences?.messagePresets).toEqual(['Swap roles now']),
    )
    expect(result.current.notice).toBeNull()
    act(() => result.current.update({ muted: true }))
    await waitFor(() => expect(result.current.notice?.text).toMatch(/the disk is full/))
  })

  it('stops listening when the console unmounts', async () => {
    const { unmount, result } = await renderUsePreferences()
    await waitFor(() => expect(result.current.preferences).not.toBeNull())
    unmount()
    expect(changed).toBeNull()
  })
})
