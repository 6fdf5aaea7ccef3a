// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react'
import type { LanStatus } from '@common/lan/lan-status'
import { IntlFor } from '../support/with-intl'

const closed: LanStatus = {
  open: false,
  port: 4350,
  addresses: [],
  links: [],
  join: null,
  problem: null,
  moderation: {
    inputsOpen: false,
    inbox: [],
    vote: null,
    room: { input: null, tally: null },
    shownInputId: null,
  },
}
let changed: ((status: LanStatus) => void) | null = null
const bridge = {
  getLanStatus: () => Promise.resolve({ ok: true, value: closed }),
  setLanOpen: vi.fn(({ open }: { open: boolean }) =>
    Promise.resolve(
      open
        ? { ok: true, value: { ...closed, open: true, addresses: ['192.168.1.20'] } }
        : { ok: false, code: 'io-error', message: 'The server did not stop' },
    ),
  ),
  on: (event: string, listener: (status: LanStatus) => void) => {
    if (event === 'lanChanged') changed = listener
    return () => {
      changed = null
    }
  },
}

beforeEach(() => {
  Object.defineProperty(window, 'facilitator', { value: bridge, configurable: true })
  vi.resetModules()
})

async function renderUseLanStatus() {
  const { useLanStatus } = await import('../../renderer/src/features/lan/useLanStatus')
  return renderHook(() => useLanStatus(), { wrapper: IntlFor })
}

describe('useLanStatus', () => {
  it('reads the status, then follows the changes the services announce', async () => {
    const { result } = await renderUseLanStatus()
    await waitFor(() => expect(result.current.status?.open).toBe(false))
    act(() => changed?.({ ...closed, open: true, port: 5000 }))
    expect(result.current.status).toMatchObject({ open: true, port: 5000 })
  })

  it('shows a call’s answer at once, and keeps a failed call’s message', async () => {
    const { result } = await renderUseLanStatus()
    await waitFor(() => expect(result.current.status).not.toBeNull())
    act(() => result.current.setOpen(true, 4350))
    await waitFor(() => expect(result.current.status?.addresses).toEqual(['192.168.1.20']))
    expect(result.current.notice).toBeNull()
    act(() => result.current.setOpen(false, 4350))
    await waitFor(() => expect(result.current.notice?.text).toBe('The server did not stop'))
    expect(result.current.status?.open).toBe(true)
  })

  it('stops listening when the console unmounts', async () => {
    const { unmount, result } = await renderUseLanStatus()
    await waitFor(() => expect(result.current.status).not.toBeNull())
    unmount()
    expect(changed).toBeNull()
  })
})
