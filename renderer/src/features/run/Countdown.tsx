import { useIntl, type IntlShape } from 'react-intl'
import type { RunState } from '@common/domain/run/run-state'
import { formatCountdown, remainingMs, timerTone, type TimerTone } from '@common/domain/run/timer'
import { formatPhaseLength } from '@common/room/room-wording'
import { useFrameNow } from '../../lib/useFrameNow'
import { RoomIcon, type RoomIconName } from '../room/RoomIcon'
import './countdown.css'

// State is told by shape and words as well as colour, so it reads for everyone.
const shapes: Record<TimerTone, RoomIconName> = {
  normal: 'circle',
  warning: 'triangle',
  overtime: 'square',
}

function describeTone(
  intl: IntlShape,
  tone: TimerTone,
  warningSeconds: number,
  paused: boolean,
): string {
  if (paused) return intl.formatMessage({ id: 'room.countdown.paused' })
  if (tone === 'overtime') return intl.formatMessage({ id: 'room.countdown.overTime' })
  if (tone === 'warning')
    return intl.formatMessage(
      { id: 'room.countdown.warning' },
      { length: formatPhaseLength(warningSeconds * 1000) },
    )
  return intl.formatMessage({ id: 'room.countdown.timeLeft' })
}

/**
 * The phase countdown, derived from the run's timestamps on every frame; at the fixed time `now`
 * instead when one is given (a preview that stands still).
 */
export function Countdown({
  state,
  size,
  now,
}: {
  state: RunState
  size: 'room' | 'console'
  now?: number
}) {
  const frameNow = useFrameNow(state.status === 'running' && now === undefined)
  const remaining = remainingMs(state, now ?? frameNow)
  const tone =
    state.status === 'ready' ? 'normal' : timerTone(remaining, state.workshop.warningSeconds)
  const paused = state.status === 'paused'
  const intl = useIntl()
  const words = describeTone(intl, tone, state.workshop.warningSeconds, paused)
  return (
    <div
      className={`countdown countdown-${size} tone-${tone}${paused ? ' is-paused' : ''}`}
      role="timer"
      aria-label={intl.formatMessage(
        { id: 'room.countdown.label' },
        { state: words, time: formatCountdown(remaining) },
      )}
    >
      <span className="countdown-digits" data-testid={`countdown-${size}`}>
        {formatCountdown(remaining)}
      </span>
      <span className="countdown-state">
        <RoomIcon name={paused ? 'pause' : shapes[tone]} className="countdown-shape" /> {words}
      </span>
    </div>
  )
}
