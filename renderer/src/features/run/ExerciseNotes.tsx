import { FormattedMessage } from 'react-intl'
import type { RunState } from '@common/domain/run/run-state'
import { currentItem, phasesOf } from '@common/domain/run/run-state'
import { groupingMessageIds } from '@common/i18n/grouping-messages'
import { formatMinutes } from '../../lib/human-minutes'

/** Everything the facilitator needs for the current exercise, and nothing the room sees. */
export function ExerciseNotes({ state }: { state: RunState }) {
  const item = currentItem(state)
  const phases = phasesOf(item)
  const guide = item.kind === 'exercise' ? item.guideTypicalMinutes : null
  return (
    <section className="run-notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{item.title}</h2>
      {item.kind === 'exercise' && <p className="muted">{item.purpose}</p>}
      {guide !== null && (
        <p className="guide-note">
          {guide.max === guide.min ? (
            <FormattedMessage
              id="console.exercise.guide"
              values={{ duration: formatMinutes(guide.min) }}
            />
          ) : (
            <FormattedMessage
              id="console.exercise.guideRange"
              values={{ min: formatMinutes(guide.min), max: formatMinutes(guide.max) }}
            />
          )}
        </p>
      )}
      {item.kind === 'exercise' && item.facilitatorNotes.length > 0 && (
        <>
          <h3>
            <FormattedMessage id="console.exercise.facilitatorNotes" />
          </h3>
          <ul>
            {item.facilitatorNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {item.kind === 'exercise' && item.materials.length > 0 && (
        <>
          <h3>
            <FormattedMessage id="console.exercise.materials" />
          </h3>
          <ul className="materials">
            {item.materials.map((material) => (
              <li key={material}>{material}</li>
            ))}
          </ul>
        </>
      )}
      <h3>
        <FormattedMessage id="console.exercise.allPrompts" />
      </h3>
      <ol className="all-prompts">
        {phases.map((phase, index) => (
          <li
            key={`${phase.label}-${String(index)}`}
            aria-current={index === state.phaseIndex ? 'step' : undefined}
            className={index === state.phaseIndex ? 'is-current' : undefined}
          >
            <strong>{phase.label}</strong> · {formatMinutes(phase.minutes)} ·{' '}
            <FormattedMessage id={groupingMessageIds[phase.grouping]} />
            {phase.advancesAutomatically && (
              <>
                {' · '}
                <FormattedMessage id="console.exercise.movesOn" />
              </>
            )}
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
