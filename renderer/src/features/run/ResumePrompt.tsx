import type { RunState } from '@common/domain/run/run-state'
import { currentItem, currentPhase } from '@common/domain/run/run-state'
import { Notice } from '../../components/Notice'
import { useRunActions } from './useRunActions'
import './resume-prompt.css'

/** After a restart mid-session: continue where the clock now is, or end the session. */
export function ResumePrompt({ state }: { state: RunState }) {
  const { notice, dismiss, resolveRestore } = useRunActions()
  return (
    <div
      className="resume-prompt"
      role="alertdialog"
      aria-labelledby="resume-title"
      aria-describedby="resume-text"
    >
      <h1 id="resume-title">Continue the session?</h1>
      <p id="resume-text">
        Facilitator stopped while “{state.workshop.title}” was{' '}
        {state.status === 'paused' ? 'paused' : 'running'}, at {currentItem(state).title} —{' '}
        {currentPhase(state).label}. The clock kept its time.
      </p>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={() => resolveRestore(true)}>
          Continue the session
        </button>
        <button type="button" onClick={() => resolveRestore(false)}>
          End it
        </button>
      </div>
      <Notice message={notice} onDismiss={dismiss} />
    </div>
  )
}
