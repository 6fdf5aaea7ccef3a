import { createRun } from '../../run/transitions'
import type { RunState } from '../../run/run-state'
import type { Workshop } from '../schema'

/**
 * A run standing still on one phase of one item, for the editor's preview of the room display.
 * Paused with nothing elapsed, so the countdown shows the phase's full length.
 */
export function previewRunState(
  workshop: Workshop,
  itemIndex: number,
  phaseIndex: number,
): RunState {
  const item = workshop.exercises[itemIndex]
  const phases = item === undefined ? 0 : item.kind === 'break' ? 1 : item.phases.length
  const run = createRun('preview', { source: 'builtin', id: 'preview' }, workshop)
  return {
    ...run,
    status: 'paused',
    startedAt: 0,
    itemIndex: Math.max(0, Math.min(itemIndex, workshop.exercises.length - 1)),
    phaseIndex: Math.max(0, Math.min(phaseIndex, phases - 1)),
  }
}
