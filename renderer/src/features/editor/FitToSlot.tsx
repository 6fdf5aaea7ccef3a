import { useId, useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
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

const strategyIds = {
  shorten: 'editor.fit.shorten',
  dropOptional: 'editor.fit.dropOptional',
} as const satisfies Record<RetimingStrategy, string>

/** Fits the workshop into a slot: asks for minutes, shows the proposed changes, applies them. */
export function FitToSlot({ workshop }: { workshop: Workshop }) {
  const { edit } = useEditor()
  const intl = useIntl()
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
      <h2 id={`${id}-title`}>
        <FormattedMessage id="editor.fit.title" />
      </h2>
      <p className="ed-hint">
        <FormattedMessage
          id="editor.fit.now"
          values={{ duration: formatDuration(totalMinutes(workshop)) }}
        />
      </p>
      <div className="ed-row">
        <div className="ed-field ed-field-number">
          <label htmlFor={`${id}-minutes`}>
            <FormattedMessage id="editor.fit.minutes" />
          </label>
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
          <label htmlFor={`${id}-strategy`}>
            <FormattedMessage id="editor.fit.how" />
          </label>
          <select
            id={`${id}-strategy`}
            value={strategy}
            onChange={(event) => {
              setStrategy(event.target.value as RetimingStrategy)
              setProposal(null)
            }}
          >
            {(Object.keys(strategyIds) as RetimingStrategy[]).map((value) => (
              <option key={value} value={value}>
                {intl.formatMessage({ id: strategyIds[value] })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="button" onClick={propose} disabled={minutes === ''}>
        <FormattedMessage id="editor.fit.propose" />
      </button>
      {proposal !== null && (
        <div className="ed-proposal" role="status">
          <p>
            <FormattedMessage
              id={
                !proposal.feasible && proposal.reason !== undefined
                  ? 'editor.fit.changeWithReason'
                  : 'editor.fit.change'
              }
              values={{
                from: formatDuration(proposal.currentMinutes),
                to: formatDuration(proposal.proposedMinutes),
                reason: proposal.reason,
              }}
            />
          </p>
          {proposal.changes.length === 0 ? (
            <p>
              <FormattedMessage id="editor.fit.nothing" />
            </p>
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
              <FormattedMessage id="editor.fit.apply" />
            </button>
            <button type="button" className="button-quiet" onClick={() => setProposal(null)}>
              <FormattedMessage id="editor.fit.cancel" />
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
