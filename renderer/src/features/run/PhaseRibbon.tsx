import { phasesOf, type RunState } from '@common/domain/run/run-state'
import { formatDuration } from '@common/domain/workshop/schedule'

/** The current exercise's phases in order, the current one marked by shape and words too. */
export function PhaseRibbon({ state }: { state: RunState }) {
  const item = state.workshop.exercises[state.itemIndex]
  if (item === undefined) return null
  const phases = phasesOf(item)
  if (phases.length < 2) return null
  return (
    <ol className="ribbon" aria-label="Phases of this exercise">
      {phases.map((phase, index) => {
        const where =
          index < state.phaseIndex ? 'done' : index === state.phaseIndex ? 'current' : 'upcoming'
        return (
          <li
            key={`${phase.label}-${String(index)}`}
            className={`ribbon-step ribbon-${where}`}
            aria-current={where === 'current' ? 'step' : undefined}
          >
            <span className="ribbon-mark" aria-hidden="true">
              {where === 'done' ? '✓' : where === 'current' ? '▶' : String(index + 1)}
            </span>
            <span className="ribbon-label">{phase.label}</span>
            <span className="ribbon-minutes">{formatDuration(phase.minutes)}</span>
            {where === 'current' && <span className="visually-hidden"> (now)</span>}
          </li>
        )
      })}
    </ol>
  )
}
