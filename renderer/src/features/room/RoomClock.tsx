import type { RunState } from '@common/domain/run/run-state'
import { Countdown } from '../run/Countdown'
import { TimeOfDay } from './TimeOfDay'

/** The room's countdown, with the time of day under it when the facilitator shows it. */
export function RoomClock({
  state,
  now,
  children,
}: {
  state: RunState
  now?: number | undefined
  children?: React.ReactNode
}) {
  return (
    <div className="room-clock">
      {children}
      <Countdown state={state} size="room" {...(now === undefined ? {} : { now })} />
      {state.showTimeOfDay && <TimeOfDay />}
    </div>
  )
}
