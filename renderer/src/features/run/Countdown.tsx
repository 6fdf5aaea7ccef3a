import type { RunState } from '@common/domain/run/run-state'
import { formatCountdown, remainingMs, timerTone, type TimerTone } from '@common/domain/run/timer'
import { formatDuration } from '@common/domain/workshop/schedule'
import { useFrameNow } from '../../lib/useFrameNow'

// State is told by shape and words as well as colour, so it reads for everyone.
const shapes: Record<TimerTone, string> = { normal: '●', warning: '▲', overtime: '■' }

function describeTone(tone: TimerTone, warningSeconds: number, paused: boolean): string {
  if (paused) return 'Paused'
  if (tone === 'overtime') return 'Over time'
  if (tone === 'warning') return `Less than ${formatDuration(warningSeconds / 60)} left`
  return 'Time left'
}

/** The phase countdown, derived from the run's timestamps on every frame. */
export function Countdown({ state, size }: { state: RunState; size: 'room' | 'console' }) {
  const now = useFrameNow(state.status === 'running')
  const remaining = remainingMs(state, now)
  const tone =
    state.status === 'ready' ? 'normal' : timerTone(remaining, state.workshop.warningSeconds)
  const paused = state.status === 'paused'
  const words = describeTone(tone, state.workshop.warningSeconds, paused)
  return (
    <div
      className={`countdown countdown-${size} tone-${tone}${paused ? ' is-paused' : ''}`}
      role="timer"
      aria-label={`${words}: ${formatCountdown(remaining)}`}
    >
      <span className="countdown-digits" data-testid={`countdown-${size}`}>
        {formatCountdown(remaining)}
      </span>
      <span className="countdown-state">
        <span className="countdown-shape" aria-hidden="true">
          {paused ? '❚❚' : shapes[tone]}
        </span>{' '}
        {words}
      </span>
    </div>
  )
}
