import type { AgendaItem, Grouping } from '../workshop/schema'
import type { RunEvent, RunState, RunStatus } from './run-state-schema'

// The run's types and the helpers every view needs, without the validation library: the windows
// import this on their first screen, the schemas only where a restore point is read.
export type { RunEvent, RunState, RunStatus }

/** A phase as the run sees it: an exercise's own phase, or a break as a single phase. */
export interface RunPhase {
  label: string
  minutes: number
  grouping: Grouping
  prompts: string[]
  /** A shorter wording for the room screen; see `roomPromptsOf`. */
  roomPrompts?: string[] | undefined
  advancesAutomatically: boolean
}

/** What the room screen shows of a phase: its room wording when it has one, else its prompts. */
export function roomPromptsOf(phase: RunPhase): string[] {
  return phase.roomPrompts !== undefined && phase.roomPrompts.length > 0
    ? phase.roomPrompts
    : phase.prompts
}

/**
 * The timed phases of an agenda item. A break is one phase whose prompt is its room text; the
 * facilitator's note on a break is never part of what the room sees.
 */
export function phasesOf(item: AgendaItem): RunPhase[] {
  if (item.kind === 'exercise') return item.phases
  return [
    {
      label: item.title,
      minutes: item.minutes,
      grouping: 'wholeRoom',
      prompts: item.roomText.trim() !== '' ? [item.roomText] : [],
      advancesAutomatically: false,
    },
  ]
}

/** The item and phase the run is on. Indexes are kept valid by every transition. */
export function currentItem(state: RunState): AgendaItem {
  const item = state.workshop.exercises[state.itemIndex]
  if (item === undefined)
    throw new Error(`Run is on item ${String(state.itemIndex)}, which does not exist`)
  return item
}

export function currentPhase(state: RunState): RunPhase {
  const phase = phasesOf(currentItem(state))[state.phaseIndex]
  if (phase === undefined)
    throw new Error(`Run is on phase ${String(state.phaseIndex)}, which does not exist`)
  return phase
}
