// @vitest-environment jsdom
import { act, renderHook, screen } from '@testing-library/react'
import { createRun } from '@common/domain/run/transitions'
import type { RunState } from '@common/domain/run/run-state'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { useFlash } from '../../renderer/src/features/room/useFlash'
import { RoomRun } from '../../renderer/src/features/room/RoomRun'
import { renderWithIntl } from '../support/with-intl'

// The room reads pictures through the bridge; these tests show none, so a stand-in that has
// none will do. Hoisted: the bridge module reads it as it loads.
vi.hoisted(() => {
  Object.defineProperty(window, 'facilitator', {
    value: {
      on: () => () => undefined,
      readPicture: () => Promise.resolve({ ok: false, code: 'not-found', message: 'none here' }),
      getRoster: () =>
        Promise.resolve({ ok: true, value: { roster: null, shownExerciseId: null } }),
    },
    configurable: true,
  })
})

const workshop = loadBuiltinWorkshop()

function runOn(changes: Partial<RunState>): RunState {
  return {
    ...createRun('test', { source: 'builtin', id: 'mentoring-guide' }, workshop),
    status: 'running',
    startedAt: 0,
    runningSince: 0,
    ...changes,
  }
}

describe('useFlash', () => {
  beforeEach(() => vi.useFakeTimers({ now: 100_000 }))
  afterEach(() => vi.useRealTimers())

  it('flashes for a fresh request, then stops by itself', () => {
    const { result, rerender } = renderHook(({ at }) => useFlash(at), {
      initialProps: { at: null as number | null },
    })
    expect(result.current).toBe(false)
    rerender({ at: 99_000 })
    act(() => {
      vi.advanceTimersByTime(1)
    })
    expect(result.current).toBe(true)
    act(() => {
      vi.advanceTimersByTime(5000)
    })
    expect(result.current).toBe(false)
  })

  it('does not flash for a request made long ago', () => {
    const { result } = renderHook(() => useFlash(10_000))
    act(() => {
      vi.advanceTimersByTime(1)
    })
    expect(result.current).toBe(false)
  })
})

describe('RoomRun', () => {
  it("shows a break's room text and never its note", () => {
    const index = workshop.exercises.findIndex((item) => item.kind === 'break')
    const item = workshop.exercises[index]
    if (item?.kind !== 'break' || item.note === undefined) throw new Error('needs a noted break')
    renderWithIntl(<RoomRun state={runOn({ itemIndex: index })} now={0} />)
    expect(screen.getByText(item.roomText)).toBeDefined()
    expect(document.body.textContent).not.toContain(item.note.slice(0, 20))
  })

  it('draws a blank with nothing on it, the message included', () => {
    renderWithIntl(
      <RoomRun state={runOn({ blanked: true, blankColour: 'white', message: 'Hello' })} />,
    )
    expect(screen.getByRole('img').parentElement?.className).toContain('blank-white')
    expect(document.body.textContent).toBe('')
  })

  it('as a thumbnail, adds no second main landmark to the page around it', () => {
    renderWithIntl(<RoomRun state={runOn({})} now={0} thumbnail />)
    expect(document.querySelector('main')).toBeNull()
    expect(screen.getByRole('timer')).toBeDefined()
  })
})
