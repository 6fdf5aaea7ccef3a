// @vitest-environment jsdom
import { renderHook } from '@testing-library/react'
import { applyCommand } from '@common/domain/run/transitions'
import { builtinRun } from '../unit/run/fixtures'

const runCommand = vi.fn(() => Promise.resolve({ ok: true, value: null }))
const bridge = { runCommand, on: () => () => undefined }

beforeEach(() => {
  Object.defineProperty(window, 'facilitator', { value: bridge, configurable: true })
  runCommand.mockClear()
  vi.resetModules()
})

const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key }))

async function renderClickerKeys(state: ReturnType<typeof builtinRun> | null) {
  const { useRoomClickerKeys } = await import('../../renderer/src/features/run/useRoomClickerKeys')
  return renderHook(() => useRoomClickerKeys(state))
}

describe('a clicker pointed at the room display', () => {
  it('moves between phases and blanks the room, as in the console', async () => {
    await renderClickerKeys(applyCommand(builtinRun(), { type: 'start' }, 0))
    press('PageDown')
    press('PageUp')
    press('.')
    press('w')
    expect(runCommand.mock.calls.map((call) => (call as unknown[])[0])).toEqual([
      { command: { type: 'nextPhase' } },
      { command: { type: 'previousPhase' } },
      { command: { type: 'toggleBlank', colour: 'black' } },
      { command: { type: 'toggleBlank', colour: 'white' } },
    ])
  })

  it('shows a blanked room again on Esc, and leaves the clock’s own keys to the console', async () => {
    const running = applyCommand(builtinRun(), { type: 'start' }, 0)
    await renderClickerKeys(applyCommand(running, { type: 'blank', on: true }, 0))
    press(' ')
    press('+')
    press('Escape')
    expect(runCommand.mock.calls.map((call) => (call as unknown[])[0])).toEqual([
      { command: { type: 'blank', on: false } },
    ])
  })

  it('does nothing while no session is open', async () => {
    const { unmount } = await renderClickerKeys(null)
    press('PageDown')
    unmount()
    expect(runCommand).not.toHaveBeenCalled()
  })
})
