import type { RunState } from '@common/domain/run/run-state'
import { bridge } from '../../lib/bridge'
import { PrintGroups } from './PrintGroups'
import { RosterForm } from './RosterForm'
import { RoundPanel } from './RoundPanel'
import { useRoster } from './useRoster'
import './pairs.css'

/** The console's roster and groups: never required; a workshop runs without one. */
export function RosterPanel({ state }: { state: RunState }) {
  const { view, problem, call } = useRoster()
  const roster = view?.roster ?? null
  return (
    <details className="run-settings pairs-panel">
      <summary>
        Roster and groups{roster === null ? '' : ` · ${String(roster.people.length)} people`}
      </summary>
      <RosterForm key={roster === null ? 'none' : 'kept'} roster={roster} call={call} />
      {problem !== null && (
        <p className="pairs-problem" role="alert">
          {problem}
        </p>
      )}
      {roster !== null && view !== null && (
        <>
          {roster.repeatNote !== null && <p className="pairs-note">{roster.repeatNote}</p>}
          <RoundPanel state={state} view={view} roster={roster} call={call} />
          <PrintGroups call={call} />
          <button
            type="button"
            className="button-quiet"
            onClick={() => void call(() => bridge.clearRoster({ fileName: null }))}
          >
            Remove the names from this session
          </button>
        </>
      )}
    </details>
  )
}
