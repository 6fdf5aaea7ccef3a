import type { ReactNode } from 'react'
import type { RunCommand } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'
import type { RoomTheme } from '@common/domain/workshop/schema'

interface RoomControlsProps {
  state: RunState
  send: (command: RunCommand) => void
  /** The message box, between the blank buttons and the screen's options. */
  children: ReactNode
}

const themeNames: Record<RoomTheme, string> = {
  dark: 'Dark',
  light: 'Light (bright rooms)',
  highContrast: 'High contrast',
}

const themeChoices = (Object.keys(themeNames) as RoomTheme[]).map((value) => ({
  value,
  label: themeNames[value],
}))

/** Blank the room, get its attention, and how its screen looks for this session. */
export function RoomControls({ state, send, children }: RoomControlsProps) {
  const blankedTo = (colour: 'black' | 'white') => state.blanked && state.blankColour === colour
  return (
    <div className="run-room-controls">
      <div className="run-room-buttons" role="group" aria-label="Blank and attention">
        <button
          type="button"
          aria-pressed={blankedTo('black')}
          onClick={() => send({ type: 'toggleBlank', colour: 'black' })}
        >
          {blankedTo('black') ? 'Show the room again' : 'Blank black'} <kbd>B</kbd>
        </button>
        <button
          type="button"
          aria-pressed={blankedTo('white')}
          onClick={() => send({ type: 'toggleBlank', colour: 'white' })}
        >
          {blankedTo('white') ? 'Show the room again' : 'Blank white'} <kbd>W</kbd>
        </button>
        <button
          type="button"
          disabled={state.blanked}
          title="Makes the room’s clock and message flash for a moment"
          onClick={() => send({ type: 'flash' })}
        >
          ✦ Flash
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
          Show time of day on the room
        </label>
        <label>
          Room theme{' '}
          <select
            value={state.roomTheme ?? 'workshop'}
            onChange={(event) => {
              const value = event.target.value as RoomTheme | 'workshop'
              send({ type: 'roomTheme', theme: value === 'workshop' ? null : value })
            }}
          >
            <option value="workshop">
              The workshop’s own: {themeNames[state.workshop.roomTheme].toLowerCase()}
            </option>
            {themeChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  )
}
