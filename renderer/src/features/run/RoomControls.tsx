import type { ReactNode } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { RunCommand } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'
import { buttonKeys } from '@common/domain/run/shortcuts'
import type { RoomTheme } from '@common/domain/workshop/schema'
import type { MessageId } from '@common/i18n/message-id'

interface RoomControlsProps {
  state: RunState
  send: (command: RunCommand) => void
  /** The message box, between the blank buttons and the screen's options. */
  children: ReactNode
}

const themeNames: Readonly<Record<RoomTheme, MessageId>> = {
  dark: 'console.room.theme.dark',
  light: 'console.room.theme.light',
  highContrast: 'console.room.theme.highContrast',
}

const themes = Object.keys(themeNames) as RoomTheme[]

/** Blank the room, get its attention, and how its screen looks for this session. */
export function RoomControls({ state, send, children }: RoomControlsProps) {
  const intl = useIntl()
  const blankedTo = (colour: 'black' | 'white') => state.blanked && state.blankColour === colour
  return (
    <div className="run-room-controls">
      <div
        className="run-room-buttons"
        role="group"
        aria-label={intl.formatMessage({ id: 'console.room.buttons' })}
      >
        <button
          type="button"
          aria-pressed={blankedTo('black')}
          onClick={() => send({ type: 'toggleBlank', colour: 'black' })}
        >
          <FormattedMessage
            id={blankedTo('black') ? 'console.room.showAgain' : 'console.room.blankBlack'}
          />{' '}
          <kbd>{buttonKeys.blankBlack}</kbd>
        </button>
        <button
          type="button"
          aria-pressed={blankedTo('white')}
          onClick={() => send({ type: 'toggleBlank', colour: 'white' })}
        >
          <FormattedMessage
            id={blankedTo('white') ? 'console.room.showAgain' : 'console.room.blankWhite'}
          />{' '}
          <kbd>{buttonKeys.blankWhite}</kbd>
        </button>
        <button
          type="button"
          disabled={state.blanked}
          title={intl.formatMessage({ id: 'console.room.flashHint' })}
          onClick={() => send({ type: 'flash' })}
        >
          <span aria-hidden="true">✦</span> <FormattedMessage id="console.room.flash" />
        </button>
      </div>
      {children}
      <div className="run-room-options">
        <label>
          <input
            type="checkbox"
            checked={state.showTimeOfDay}
            onChange={(event) => send({ type: 'showTimeOfDay', on: event.target.checked })}
          />{' '}
          <FormattedMessage id="console.room.timeOfDay" />
        </label>
        <label>
          <FormattedMessage id="console.room.theme" />{' '}
          <select
            value={state.roomTheme ?? 'workshop'}
            onChange={(event) => {
              const value = event.target.value as RoomTheme | 'workshop'
              send({ type: 'roomTheme', theme: value === 'workshop' ? null : value })
            }}
          >
            <option value="workshop">
              {intl.formatMessage(
                { id: 'console.room.theme.workshop' },
                { theme: state.workshop.roomTheme },
              )}
            </option>
            {themes.map((theme) => (
              <option key={theme} value={theme}>
                {intl.formatMessage({ id: themeNames[theme] })}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  )
}
