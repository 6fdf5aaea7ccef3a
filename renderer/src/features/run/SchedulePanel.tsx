import { useState } from 'react'
import { useSecondNow } from '../../lib/useFrameNow'
import type { RunPanelProps } from './run-panel-props'
import {
  formatClockTime,
  parseClockInput,
  proposeRunRetiming,
  scheduleStatus,
} from '@common/domain/run/schedule-tracking'
import type { RetimingProposal } from '@common/domain/schedule/retime'
import { formatMinutes, formatWholeMinutes } from '../../lib/human-minutes'
import { RetimingChanges } from '../../components/RetimingChanges'

function describeVariance(varianceMs: number): string {
  const minutes = Math.round(Math.abs(varianceMs) / 60_000)
  if (minutes === 0) return 'On schedule'
  return varianceMs > 0 ? `${formatMinutes(minutes)} behind` : `${formatMinutes(minutes)} ahead`
}

function ProposalCard({
  title,
  proposal,
  onApply,
}: {
  title: string
  proposal: RetimingProposal
  onApply: () => void
}) {
  return (
    <div className="proposal">
      <h3>{title}</h3>
      {proposal.changes.length === 0 ? (
        <p className="muted">{proposal.reason ?? 'Nothing to change.'}</p>
      ) : (
        <>
          <RetimingChanges changes={proposal.changes} />
          {!proposal.feasible && (
            <p className="warning-text">⚠ {proposal.reason ?? 'Still does not fit.'}</p>
          )}
          <button type="button" onClick={onApply}>
            Apply: {title.toLowerCase()}
          </button>
        </>
      )}
    </div>
  )
}

/** Planned against actual, the projected end, and re-timing to keep a locked end time. */
export function SchedulePanel({ state, send }: RunPanelProps) {
  const now = useSecondNow()
  const status = scheduleStatus(state, now)
  const [lockDraft, setLockDraft] = useState(state.lockedEnd ?? '')
  const [lockProblem, setLockProblem] = useState<string | null>(null)
  const overrun = status.overrunMs !== null && status.overrunMs > 30_000
  return (
    <section className="run-schedule" aria-labelledby="schedule-title">
      <h2 id="schedule-title">Schedule</h2>
      <dl className="schedule-figures">
        <div>
          <dt>Projected end</dt>
          <dd data-testid="projected-end">{formatClockTime(status.projectedEndMs)}</dd>
        </div>
        {status.plannedEndMs !== null && (
          <div>
            <dt>Planned end</dt>
            <dd>{formatClockTime(status.plannedEndMs)}</dd>
          </div>
        )}
        {status.varianceMs !== null && (
          <div>
            <dt>So far</dt>
            <dd
              data-testid="variance"
              className={status.varianceMs > 60_000 ? 'is-over' : undefined}
            >
              {describeVariance(status.varianceMs)}
            </dd>
          </div>
        )}
      </dl>
      <form
        className="lock-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (lockDraft.trim() === '') {
            send({ type: 'lockEnd', time: null })
            return
          }
          const time = parseClockInput(lockDraft)
          setLockProblem(
            time === null ? 'Type the time as hours and minutes, such as 12:30.' : null,
          )
          if (time !== null) {
            setLockDraft(time)
            send({ type: 'lockEnd', time })
          }
        }}
      >
        <label htmlFor="lock-end">Must end by</label>
        {/* A 24-hour field like every time the app shows, not the system's 12-hour picker. */}
        <input
          id="lock-end"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="hh:mm"
          size={6}
          maxLength={5}
          value={lockDraft}
          aria-invalid={lockProblem !== null}
          aria-describedby={lockProblem === null ? undefined : 'lock-end-problem'}
          onChange={(event) => setLockDraft(event.target.value)}
        />
        <button type="submit">{state.lockedEnd === null ? 'Lock end time' : 'Update'}</button>
        {state.lockedEnd !== null && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setLockDraft('')
              send({ type: 'lockEnd', time: null })
            }}
          >
            Unlock
          </button>
        )}
        {lockProblem !== null && (
          <p id="lock-end-problem" className="warning-text" role="alert">
            {lockProblem}
          </p>
        )}
      </form>
      {overrun && status.overrunMs !== null && (
        <div className="overrun" role="alert">
          <p>
            <strong>
              ⚠ Projected to overrun {state.lockedEnd} by{' '}
              {formatWholeMinutes(status.overrunMs / 60_000)}.
            </strong>{' '}
            Re-time what is left:
          </p>
          {(['shorten', 'dropOptional'] as const).map((strategy) => {
            const proposal = proposeRunRetiming(state, strategy, now)
            if (proposal === null) return null
            return (
              <ProposalCard
                key={strategy}
                title={
                  strategy === 'shorten' ? 'Shorten flexible exercises' : 'Drop optional exercises'
                }
                proposal={proposal}
                onApply={() => send({ type: 'retime', strategy })}
              />
            )
          })}
        </div>
      )}
    </section>
  )
}
