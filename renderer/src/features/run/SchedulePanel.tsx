import { useState } from 'react'
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl'
import { useSecondNow } from '../../lib/useFrameNow'
import type { RunPanelProps } from './run-panel-props'
import {
  clockTimeOnDay,
  lockedEndMs,
  parseClockInput,
  proposeRunRetiming,
  scheduleStatus,
} from '@common/domain/run/schedule-tracking'
import type { RetimingProposal } from '@common/domain/schedule/retime'
import { formatMinutes, formatWholeMinutes } from '../../lib/human-minutes'
import { useClockTime } from './useClockTime'
import { RetimingChanges } from '../../components/RetimingChanges'

function describeVariance(intl: IntlShape, varianceMs: number): string {
  const minutes = Math.round(Math.abs(varianceMs) / 60_000)
  if (minutes === 0) return intl.formatMessage({ id: 'console.schedule.onSchedule' })
  return intl.formatMessage(
    { id: varianceMs > 0 ? 'console.schedule.behind' : 'console.schedule.ahead' },
    { duration: formatMinutes(minutes) },
  )
}

function ProposalCard({
  title,
  apply,
  proposal,
  onApply,
}: {
  title: string
  apply: string
  proposal: RetimingProposal
  onApply: () => void
}) {
  return (
    <div className="proposal">
      <h3>{title}</h3>
      {proposal.changes.length === 0 ? (
        <p className="muted">
          {proposal.reason ?? <FormattedMessage id="console.schedule.nothingToChange" />}
        </p>
      ) : (
        <>
          <RetimingChanges changes={proposal.changes} />
          {!proposal.feasible && (
            <p className="warning-text">
              ⚠ {proposal.reason ?? <FormattedMessage id="console.schedule.stillDoesNotFit" />}
            </p>
          )}
          <button type="button" onClick={onApply}>
            {apply}
          </button>
        </>
      )}
    </div>
  )
}

/** Planned against actual, the projected end, and re-timing to keep a locked end time. */
export function SchedulePanel({ state, send }: RunPanelProps) {
  const intl = useIntl()
  const clockTime = useClockTime()
  const now = useSecondNow()
  const status = scheduleStatus(state, now)
  const [lockDraft, setLockDraft] = useState(state.lockedEnd ?? '')
  const [lockProblem, setLockProblem] = useState<string | null>(null)
  const overrun = status.overrunMs !== null && status.overrunMs > 30_000
  return (
    <section className="run-schedule" aria-labelledby="schedule-title">
      <h2 id="schedule-title">
        <FormattedMessage id="console.schedule.title" />
      </h2>
      <dl className="schedule-figures">
        <div>
          <dt>
            <FormattedMessage id="console.schedule.projectedEnd" />
          </dt>
          <dd data-testid="projected-end">{clockTime(status.projectedEndMs)}</dd>
        </div>
        {status.plannedEndMs !== null && (
          <div>
            <dt>
              <FormattedMessage id="console.schedule.plannedEnd" />
            </dt>
            <dd>{clockTime(status.plannedEndMs)}</dd>
          </div>
        )}
        {status.varianceMs !== null && (
          <div>
            <dt>
              <FormattedMessage id="console.schedule.soFar" />
            </dt>
            <dd
              data-testid="variance"
              className={status.varianceMs > 60_000 ? 'is-over' : undefined}
            >
              {describeVariance(intl, status.varianceMs)}
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
            time === null
              ? intl.formatMessage(
                  { id: 'console.schedule.badTime' },
                  { example: clockTime(clockTimeOnDay('12:30', now)) },
                )
              : null,
          )
          if (time !== null) {
            setLockDraft(clockTime(clockTimeOnDay(time, now)))
            send({ type: 'lockEnd', time })
          }
        }}
      >
        <label htmlFor="lock-end">
          <FormattedMessage id="console.schedule.mustEndBy" />
        </label>
        {/* A text field that takes the time as the app's language shows it, or in 24 hours. */}
        <input
          id="lock-end"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={intl.formatMessage({ id: 'console.schedule.timePlaceholder' })}
          size={8}
          maxLength={10}
          value={lockDraft}
          aria-invalid={lockProblem !== null}
          aria-describedby={lockProblem === null ? undefined : 'lock-end-problem'}
          onChange={(event) => setLockDraft(event.target.value)}
        />
        <button type="submit">
          <FormattedMessage
            id={state.lockedEnd === null ? 'console.schedule.lock' : 'console.schedule.update'}
          />
        </button>
        {state.lockedEnd !== null && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setLockDraft('')
              send({ type: 'lockEnd', time: null })
            }}
          >
            <FormattedMessage id="console.schedule.unlock" />
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
              <FormattedMessage
                id="console.schedule.overrun"
                values={{
                  end: clockTime(lockedEndMs(state, now) ?? now),
                  duration: formatWholeMinutes(status.overrunMs / 60_000),
                }}
              />
            </strong>{' '}
            <FormattedMessage id="console.schedule.retime" />
          </p>
          {(['shorten', 'dropOptional'] as const).map((strategy) => {
            const proposal = proposeRunRetiming(state, strategy, now)
            if (proposal === null) return null
            return (
              <ProposalCard
                key={strategy}
                title={intl.formatMessage({
                  id:
                    strategy === 'shorten'
                      ? 'console.schedule.shorten'
                      : 'console.schedule.dropOptional',
                })}
                apply={intl.formatMessage({
                  id:
                    strategy === 'shorten'
                      ? 'console.schedule.applyShorten'
                      : 'console.schedule.applyDropOptional',
                })}
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
