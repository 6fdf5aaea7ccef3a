// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react'
import { useIntl } from 'react-intl'
import type { NamedPacksCount } from '@common/handouts/groups/named-packs'
import { IntlFor } from '../support/with-intl'

const counted = (packs: number): NamedPacksCount => ({
  packs,
  pagesEach: 26,
  pages: 2 + packs * 26,
  sheets: 1 + packs * 13,
  duplex: true,
})
let packs = 14
let rosterChanged: (() => void) | null = null
const bridge = {
  countNamedPacks: vi.fn(() => Promise.resolve({ ok: true, value: counted(packs) })),
  on: (event: string, listener: () => void) => {
    if (event === 'rosterChanged') rosterChanged = listener
    return () => {
      rosterChanged = null
    }
  },
}

beforeEach(() => {
  Object.defineProperty(window, 'facilitator', { value: bridge, configurable: true })
  vi.resetModules()
  bridge.countNamedPacks.mockClear()
  packs = 14
})

async function load() {
  return import('../../renderer/src/features/handouts/useNamedPacksCount')
}

describe('the named packs count in the handouts panel', () => {
  it('says packs, pages and sheets before printing, and counts again when the roster changes', async () => {
    const { useNamedPacksCount, describeNamedPacksCount } = await load()
    const { result } = renderHook(
      () => describeNamedPacksCount(useNamedPacksCount('a4', false), useIntl()),
      { wrapper: IntlFor },
    )
    await waitFor(() =>
      expect(result.current).toBe('14 packs · 366 pages · 183 sheets double-sided'),
    )
    packs = 15
    act(() => rosterChanged?.())
    await waitFor(() =>
      expect(result.current).toBe('15 packs · 392 pages · 196 sheets double-sided'),
    )
    expect(bridge.countNamedPacks).toHaveBeenLastCalledWith({ paper: 'a4', largePrint: false })
  })

  it('counts large print and says it in the console’s language', async () => {
    const { useNamedPacksCount, describeNamedPacksCount } = await load()
    const { result } = renderHook(
      () => describeNamedPacksCount(useNamedPacksCount('letter', true), useIntl()),
      { wrapper: ({ children }) => <IntlFor language="de">{children}</IntlFor> },
    )
    await waitFor(() => expect(result.current).toBe('14 Hefte · 366 Seiten · 183 Blatt beidseitig'))
    expect(bridge.countNamedPacks).toHaveBeenLastCalledWith({ paper: 'letter', largePrint: true })
  })

  it('says nothing when the session has no roster', async () => {
    packs = 0
    const { useNamedPacksCount, describeNamedPacksCount } = await load()
    const { result } = renderHook(
      () => describeNamedPacksCount(useNamedPacksCount('letter', false), useIntl()),
      { wrapper: IntlFor },
    )
    await waitFor(() => expect(bridge.countNamedPacks).toHaveBeenCalled())
    expect(result.current).toBeNull()
  })
})
