import type { RunState } from '@common/domain/run/run-state'
import { currentPhase, roomPromptsOf } from '@common/domain/run/run-state'
import type { Exercise } from '@common/domain/workshop/schema'
import { FormattedMessage, useIntl } from 'react-intl'
import { groupingMessageIds } from '@common/i18n/grouping-messages'
import { describeNextUp } from '../run/next-up'
import { PhaseRibbon } from '../run/PhaseRibbon'
import { FittedPrompts } from './FittedPrompts'
import { PhasePicture } from './PhasePicture'
import { RoomClock } from './RoomClock'

// Spaces and signs between words are no words: the lint rule for words sees only literals.
const SPACE = ' '

/** An exercise's current phase: what to do, with whom, for how long, and what comes next. */
export function ExerciseScreen({
  state,
  item,
  now,
  onFit,
}: {
  state: RunState
  item: Exercise
  now: number | undefined
  onFit: ((continued: boolean) => void) | undefined
}) {
  const phase = currentPhase(state)
  const image = item.phases[state.phaseIndex]?.image
  const exercises = state.workshop.exercises
  const exerciseCount = exercises.filter((i) => i.kind === 'exercise').length
  const exerciseNumber = exercises
    .slice(0, state.itemIndex + 1)
    .filter((i) => i.kind === 'exercise').length
  const intl = useIntl()
  const nextUp = describeNextUp(state, intl)
  const prompts = roomPromptsOf(phase)
  const showsPrompts = image?.placement !== 'instead' && prompts.length > 0
  return (
    <div className="room-screen room-exercise">
      <header className="room-header">
        <h1 className="room-exercise-title">{item.title}</h1>
        <p className="room-position">
          <FormattedMessage
            id="room.exercise.position"
            values={{ number: exerciseNumber, count: exerciseCount }}
          />
        </p>
      </header>
      <section className="room-phase" aria-label={intl.formatMessage({ id: 'room.exercise.now' })}>
        <div className="room-phase-heading">
          <h2 className="room-phase-label">{phase.label}</h2>
          <p className="room-grouping">
            <FormattedMessage id={groupingMessageIds[phase.grouping]} />
          </p>
        </div>
        <div className="room-body">
          <div className={`room-phase-content${image === undefined ? '' : ' has-picture'}`}>
            {showsPrompts && <FittedPrompts prompts={prompts} onFit={onFit} />}
            {image !== undefined && <PhasePicture image={image} />}
          </div>
          <RoomClock state={state} now={now} />
        </div>
      </section>
      <PhaseRibbon state={state} />
      {nextUp !== null && (
        <footer className="room-next">
          <span className="room-next-label">
            <FormattedMessage id="room.nextUp.title" />
          </span>
          {SPACE}
          {nextUp}
        </footer>
      )}
    </div>
  )
}
