import type { CSSProperties } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { RunState } from '@common/domain/run/run-state'
import { RoomRun } from '../room/RoomRun'
import { describeNextUp } from './next-up'
import { describeRoomScreen } from './room-status'
import { roomAspectRatio, useDisplaySetup } from './useDisplaySetup'

/**
 * A live miniature of exactly what the room shows, drawn by the room's own component in the room
 * display's shape, with what it shows in words and what comes next. The miniature is hidden from
 * screen readers and plays no chimes (the room display does): the words say the same once.
 */
export function PresenterView({ state }: { state: RunState }) {
  const { setup } = useDisplaySetup()
  const ratio = roomAspectRatio(setup)
  const intl = useIntl()
  const nextUp = describeNextUp(state, intl)
  const [screen, ...added] = describeRoomScreen(state, intl)
  return (
    <section className="run-presenter" aria-labelledby="presenter-title">
      <h2 id="presenter-title" className="run-panel-title">
        <FormattedMessage id="console.presenter.title" />
      </h2>
      <div
        className={`presenter-frame${state.blanked ? ' is-blanked' : ''}`}
        style={{ '--room-ratio': String(ratio) } as CSSProperties}
        data-testid="presenter-frame"
        aria-hidden="true"
        inert
      >
        <RoomRun state={state} thumbnail />
      </div>
      <p className="presenter-status" data-testid="room-status">
        <strong>{screen}</strong>
        {added.map((part) => (
          <span key={part} className="presenter-added">
            {' · '}
            {part}
          </span>
        ))}
      </p>
      {nextUp !== null && state.status !== 'ended' && (
        <p className="presenter-next">
          <span className="muted">
            <FormattedMessage id="console.presenter.next" />
          </span>{' '}
          {nextUp}
        </p>
      )}
    </section>
  )
}
