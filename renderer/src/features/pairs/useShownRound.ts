import { useMemo } from 'react'
import { shownRound, type NamedRound } from '@common/domain/grouping/round-view'
import type { RunState } from '@common/domain/run/run-state'
import { useRoster } from './useRoster'

/**
 * The groups the room shows now instead of the exercise, or null. Named once per change of the
 * roster or the run's place, not on every redraw of the room's clock.
 */
export function useShownRound(state: RunState): NamedRound | null {
  const { view } = useRoster()
  const showing = state.status !== 'ready' && state.status !== 'ended'
  const { workshop, itemIndex } = state
  return useMemo(
    () => (showing ? shownRound(workshop, view, itemIndex) : null),
    [showing, workshop, view, itemIndex],
  )
}
