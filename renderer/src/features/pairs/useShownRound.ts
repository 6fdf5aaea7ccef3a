import { shownRound, type NamedRound } from '@common/domain/grouping/round-view'
import type { RunState } from '@common/domain/run/run-state'
import { useRoster } from './useRoster'

/** The groups the room shows now instead of the exercise, or null. */
export function useShownRound(state: RunState): NamedRound | null {
  const { view } = useRoster()
  if (state.status === 'ready' || state.status === 'ended') return null
  return shownRound(state.workshop, view, state.itemIndex)
}
