import { useRef } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import { phasesOf, type RunState } from '@common/domain/run/run-state'
import { formatPhaseLength } from '@common/room/room-wording'
import { RoomIcon } from '../room/RoomIcon'
import { useRibbonFit } from './useRibbonFit'
import './phase-ribbon.css'

const MINUTE = 60_000

/**
 * The current exercise's phases in order, the current one marked by shape and words too. The
 * current phase's length includes time added or removed, so it agrees with the clock.
 */
export function PhaseRibbon({ state }: { state: RunState }) {
  const ribbon = useRef<HTMLOListElement>(null)
  const intl = useIntl()
  const item = state.workshop.exercises[state.itemIndex]
  const phases = item === undefined ? [] : phasesOf(item)
  useRibbonFit(
    ribbon,
    JSON.stringify([state.phaseIndex, state.adjustmentMs, phases.map((p) => [p.label, p.minutes])]),
  )
  if (phases.length < 2) return null
  return (
    <ol
      className="ribbon"
      aria-label={intl.formatMessage({ id: 'room.ribbon.label' })}
      ref={ribbon}
    >
      {phases.map((phase, index) => {
        const where =
          index < state.phaseIndex ? 'done' : index === state.phaseIndex ? 'current' : 'upcoming'
        const lengthMs = phase.minutes * MINUTE + (where === 'current' ? state.adjustmentMs : 0)
        return (
          <li
            key={`${phase.label}-${String(index)}`}
            className={`ribbon-step ribbon-${where}`}
            aria-current={where === 'current' ? 'step' : undefined}
          >
            <span className="ribbon-mark" aria-hidden="true">
              {where === 'done' ? (
                <>
                  <RoomIcon name="check" />
                  <span className="ribbon-number">{String(index + 1)}</span>
                </>
              ) : where === 'current' ? (
                <RoomIcon name="play" />
              ) : (
                String(index + 1)
              )}
            </span>
            <span className="ribbon-label">{phase.label}</span>
            <span className="ribbon-minutes">{formatPhaseLength(lengthMs)}</span>
            {where === 'current' && (
              <span className="visually-hidden">
                {' '}
                <FormattedMessage id="room.ribbon.now" />
              </span>
            )}
          </li>
        )
      })}
    </ol>
  )
}
