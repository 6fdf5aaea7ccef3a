import { useId, useState } from 'react'
import type { Workshop } from '@common/domain/workshop/schema'
import {
  applyRetiming,
  fitToSlot,
  type RetimingProposal,
  type RetimingStrategy,
} from '@common/domain/schedule/retime'
import { formatDuration, totalMinutes } from '@common/domain/workshop/schedule'
import { useEditor } from './editor-context'
import { RetimingChanges } from '../../components/RetimingChanges'

const strategyNames: Record<RetimingStrategy, string> = {
  shorten: 'Shorten flexible ones',
  dropOptional: 'Drop optional ones',
}

/** Fits the workshop into a slot: asks for minutes, shows the proposed changes, applies them. */
export function FitToSlot({ workshop }: { workshop: Workshop }) {
  const { edit } = useEditor()
  const id = useId()
  const [minutes, setMinutes] = useState('')
  const [strategy, setStrategy] = useState<RetimingStrategy>('shorten')
  const [proposal, setProposal] = useState<RetimingProposal | null>(null)
  const propose = () => {
    const slot = Number(minutes)
    if (!Number.isFinite(slot) || slot <= 0) return
    setProposal(fitToSlot(workshop, slot, strategy))
  }
  return (
    <section className="ed-panel ed-fit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Fit to a slot</h2>
      <p className="ed-hint">Now {formatDuration(totalMinutes(workshop))}.</p>
      <div className="ed-row">
        <div className="ed-field ed-field-number">
          <label htmlFor={`${id}-minutes`}>Fit to (minutes)</label>
          <input
            id={`${id}-minutes`}
            type="number"
            min={1}
            value={minutes}
            onChange={(event) => {
              setMinutes(event.target.value)
              setProposal(null)
            }}
          />
        </div>
        <div className="ed-field">
          <label htmlFor={`${id}-strategy`}>How</label>
          <select
            id={`${id}-strategy`}
            value={strategy}
            onChange={(event) => {
              setStrategy(event.target.value as RetimingStrategy)
              setProposal(null)
            }}
          >
            {(Object.keys(strategyNames) as RetimingStrategy[]).map((value) => (
              <option key={value} value={value}>
                {strategyNames[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="button" onClick={propose} disabled={minutes === ''}>
        Propose
      </button>
      {proposal !== null && (
        <div className="ed-proposal" role="status">
          <p>
            {formatDuration(proposal.currentMinutes)} → {formatDuration(proposal.proposedMinutes)}
            {!proposal.feasible && proposal.reason !== undefined && ` — ${proposal.reason}`}
          </p>
          {proposal.changes.length === 0 ? (
            <p>Nothing needs to change.</p>
          ) : (
            <RetimingChanges changes={proposal.changes} />
          )}
          <div className="ed-actions">
            <button
              type="button"
              className="button-primary"
              disabled={proposal.changes.length === 0}
              onClick={() => {
                edit({ type: 'replace', workshop: applyRetiming(workshop, proposal) })
                setProposal(null)
                setMinutes('')
              }}
            >
              Apply
            </button>
            <button type="button" className="button-quiet" onClick={() => setProposal(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
