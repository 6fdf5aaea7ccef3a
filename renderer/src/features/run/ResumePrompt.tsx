import { FormattedMessage } from 'react-intl'
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
      <h1 id="resume-title">
        <FormattedMessage id="console.resume.title" />
      </h1>
      <p id="resume-text">
        <FormattedMessage
          id="console.resume.text"
          values={{
            workshop: state.workshop.title,
            status: state.status,
            item: currentItem(state).title,
            phase: currentPhase(state).label,
          }}
        />
      </p>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={() => resolveRestore(true)}>
          <FormattedMessage id="console.resume.continue" />
        </button>
        <button type="button" onClick={() => resolveRestore(false)}>
          <FormattedMessage id="console.resume.end" />
        </button>
      </div>
      <Notice message={notice} onDismiss={dismiss} />
    </div>
  )
}
