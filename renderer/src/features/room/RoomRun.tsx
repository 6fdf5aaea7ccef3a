import type { RunState } from '@common/domain/run/run-state'
import { currentPhase } from '@common/domain/run/run-state'
import { Countdown } from '../run/Countdown'
import { groupingNames } from '../run/grouping-names'
import { describeNextUp } from '../run/next-up'
import { PhaseRibbon } from '../run/PhaseRibbon'

function TitleScreen({ state, closing }: { state: RunState; closing: boolean }) {
  const { workshop } = state
  return (
    <div className="room-screen room-title-screen">
      <div className="room-title-block">
        {closing && <p className="room-kicker">Thank you</p>}
        <h1 className="room-title">{workshop.title}</h1>
        {workshop.subtitle !== '' && <p className="room-subtitle">{workshop.subtitle}</p>}
        {!closing && workshop.plannedStart !== null && (
          <p className="room-start">Starting at {workshop.plannedStart}</p>
        )}
      </div>
      <footer className="room-credits">
        {workshop.credits.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </footer>
    </div>
  )
}

/** Long prompts get smaller type and more width, so everything fits one screen without scrolling. */
function textDensity(prompts: readonly string[], hasMessage: boolean): string {
  const length = prompts.reduce((sum, prompt) => sum + prompt.length, 0) + (hasMessage ? 120 : 0)
  if (length > 420) return 'very-dense'
  if (length > 260) return 'dense'
  return 'roomy'
}

function ExerciseScreen({ state }: { state: RunState }) {
  const item = state.workshop.exercises[state.itemIndex]
  if (item === undefined) return null
  const phase = currentPhase(state)
  const exerciseCount = state.workshop.exercises.filter((i) => i.kind === 'exercise').length
  const exerciseNumber = state.workshop.exercises
    .slice(0, state.itemIndex + 1)
    .filter((i) => i.kind === 'exercise').length
  const nextUp = describeNextUp(state)
  return (
    <div className="room-screen room-exercise">
      <header className="room-header">
        <h1 className="room-exercise-title">{item.title}</h1>
        <p className="room-position">
          {item.kind === 'exercise'
            ? `Exercise ${String(exerciseNumber)} of ${String(exerciseCount)}`
            : 'Break'}
        </p>
      </header>
      <div className={`room-body ${textDensity(phase.prompts, state.message !== null)}`}>
        <section className="room-phase" aria-label="What to do now">
          <h2 className="room-phase-label">{phase.label}</h2>
          <p className="room-grouping">{groupingNames[phase.grouping]}</p>
          <ul className="room-prompts">
            {phase.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </section>
        <Countdown state={state} size="room" />
      </div>
      <PhaseRibbon state={state} />
      {nextUp !== null && (
        <footer className="room-next">
          <span className="room-next-label">Next</span> {nextUp}
        </footer>
      )}
    </div>
  )
}

/** The projected screen during a session: title, the current exercise, or the closing screen. */
export function RoomRun({ state }: { state: RunState }) {
  return (
    <main className={`room room-run${state.blanked ? ' is-blanked' : ''}`}>
      {state.message !== null && (
        <div className="room-message" role="status">
          <span className="room-message-mark" aria-hidden="true">
            ✉
          </span>
          {state.message}
        </div>
      )}
      {state.blanked ? (
        <div className="room-blank" role="img" aria-label="Screen paused by the facilitator">
          <span className="room-blank-logo" aria-hidden="true">
            ◆
          </span>
        </div>
      ) : state.status === 'ready' || state.status === 'ended' ? (
        <TitleScreen state={state} closing={state.status === 'ended'} />
      ) : (
        <ExerciseScreen state={state} />
      )}
    </main>
  )
}
