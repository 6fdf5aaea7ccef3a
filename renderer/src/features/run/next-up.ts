import type { IntlShape } from 'react-intl'
import { phasesOf, type RunState } from '@common/domain/run/run-state'

/** What comes after the current phase, in words for the room: the next phase, else the next item. */
export function describeNextUp(state: RunState, intl: IntlShape): string | null {
  const item = state.workshop.exercises[state.itemIndex]
  if (item === undefined) return null
  const phases = phasesOf(item)
  const nextPhase = phases[state.phaseIndex + 1]
  if (nextPhase !== undefined) return nextPhase.label
  const nextItem = state.workshop.exercises[state.itemIndex + 1]
  return nextItem === undefined ? intl.formatMessage({ id: 'room.nextUp.close' }) : nextItem.title
}
