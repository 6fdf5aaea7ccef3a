import { useIntl } from 'react-intl'
import type { RunState } from '@common/domain/run/run-state'
import { WorkshopLanguageProvider } from '../../lib/i18n/WorkshopLanguageProvider'
import { resolveRoomTheme } from '@common/room/room-theme'
import { PairingScreen } from '../pairs/PairingScreen'
import { useShownRound } from '../pairs/useShownRound'
import { BreakScreen } from './BreakScreen'
import { ExerciseScreen } from './ExerciseScreen'
import { RoomFrame } from './RoomFrame'
import { RoomIcon } from './RoomIcon'
import { JoinScreen } from './JoinScreen'
import { useJoinInvite } from './room-join'
import { TitleScreen } from './TitleScreen'
import { useFlash } from './useFlash'

function RoomScreen({
  state,
  now,
  onFit,
}: {
  state: RunState
  now: number | undefined
  onFit: ((continued: boolean) => void) | undefined
}) {
  if (state.status === 'ready' || state.status === 'ended')
    return <TitleScreen workshop={state.workshop} closing={state.status === 'ended'} />
  const item = state.workshop.exercises[state.itemIndex]
  if (item === undefined) return null
  if (item.kind === 'break') return <BreakScreen state={state} item={item} now={now} />
  return <ExerciseScreen state={state} item={item} now={now} onFit={onFit} />
}

/**
 * The projected screen during a session: title, the current exercise or break, the closing
 * screen, or a plain black or white blank. `thumbnail` draws it as a miniature inside its
 * container (type is sized to the container, so it is the same picture, smaller); `now` stands
 * its clock still; `onFit` hears whether the prompts had to be cut.
 */
export function RoomRun(props: {
  state: RunState
  now?: number
  thumbnail?: boolean
  onFit?: (continued: boolean) => void
}) {
  // Wherever the room is drawn (the room, a thumbnail, a preview, a phone), it speaks the
  // workshop's language.
  return (
    <WorkshopLanguageProvider language={props.state.workshop.language}>
      <RoomRunInLanguage {...props} />
    </WorkshopLanguageProvider>
  )
}

function RoomRunInLanguage({
  state,
  now,
  thumbnail = false,
  onFit,
}: {
  state: RunState
  now?: number
  thumbnail?: boolean
  onFit?: (continued: boolean) => void
}) {
  const intl = useIntl()
  const flashing = useFlash(state.flashAt)
  const pairing = useShownRound(state)
  // A thumbnail shows the session, never the invitation that may be up on the room itself.
  const invite = useJoinInvite()
  const joining = !thumbnail && invite?.shown === true ? invite : null
  const theme = resolveRoomTheme(state.roomTheme, state.workshop.roomTheme)
  return (
    <RoomFrame
      theme={theme}
      thumbnail={thumbnail}
      className={`room-run${flashing ? ' is-flashing' : ''}${state.blanked ? ` is-blanked blank-${state.blankColour}` : ''}`}
    >
      {state.blanked ? (
        <div
          className="room-blank"
          role="img"
          aria-label={intl.formatMessage({ id: 'room.blanked' })}
        />
      ) : (
        <>
          {state.message !== null && (
            <div className="room-message" role="status">
              <RoomIcon name="message" className="room-message-mark" />
              <span>{state.message}</span>
            </div>
          )}
          {joining !== null ? (
            <JoinScreen invite={joining} state={state} />
          ) : pairing === null ? (
            <RoomScreen state={state} now={now} onFit={onFit} />
          ) : (
            <PairingScreen round={pairing} />
          )}
        </>
      )}
    </RoomFrame>
  )
}
