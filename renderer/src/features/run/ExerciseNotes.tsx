import type { RunState } from '@common/domain/run/run-state'
import { currentItem, phasesOf } from '@common/domain/run/run-state'
import { formatMinutes } from '../../lib/human-minutes'
import { groupingWords } from '@common/domain/workshop/grouping-words'

/** Everything the facilitator needs for the current exercise, and nothing the room sees. */
export function ExerciseNotes({ state }: { state: RunState }) {
  const item = currentItem(state)
  const phases = phasesOf(item)
  return (
    <section className="run-notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{item.title}</h2>
      {item.kind === 'exercise' && <p className="muted">{item.purpose}</p>}
      {item.kind === 'exercise' && item.guideTypicalMinutes !== null && (
        <p className="guide-note">
          The guide suggests {formatMinutes(item.guideTypicalMinutes.min)}
          {item.guideTypicalMinutes.max !== item.guideTypicalMinutes.min &&
            `–${formatMinutes(item.guideTypicalMinutes.max)}`}{' '}
          for the full activity.
        </p>
      )}
      {item.kind === 'exercise' && item.facilitatorNotes.length > 0 && (
        <>
          <h3>Facilitator notes</h3>
          <ul>
            {item.facilitatorNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {item.kind === 'exercise' && item.materials.length > 0 && (
        <>
          <h3>Materials</h3>
          <ul className="materials">
            {item.materials.map((material) => (
              <li key={material}>{material}</li>
            ))}
          </ul>
        </>
      )}
      <h3>All prompts</h3>
      <ol className="all-prompts">
        {phases.map((phase, index) => (
          <li
            key={`${phase.label}-${String(index)}`}
            aria-current={index === state.phaseIndex ? 'step' : undefined}
            className={index === state.phaseIndex ? 'is-current' : undefined}
          >
            <strong>{phase.label}</strong> · {formatMinutes(phase.minutes)} ·{' '}
            {groupingWords[phase.grouping]}
            {phase.advancesAutomatically && ' · moves on by itself'}
            <ul>
              {phase.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  )
}
