import type { IntlShape } from 'react-intl'
import type { RunState } from '@common/domain/run/run-state'

/**
 * What the room screen shows now, in words for the console's presenter view: the screen, then
 * whatever is added to it. The words stand in for the miniature for screen readers.
 */
export function describeRoomScreen(state: RunState, intl: IntlShape): string[] {
  if (state.blanked)
    return [
      intl.formatMessage({
        id:
          state.blankColour === 'white'
            ? 'console.roomStatus.blankedWhite'
            : 'console.roomStatus.blankedBlack',
      }),
    ]
  const screen = intl.formatMessage({
    id:
      state.status === 'ready'
        ? 'console.roomStatus.title'
        : state.status === 'ended'
          ? 'console.roomStatus.closing'
          : state.status === 'paused'
            ? 'console.roomStatus.paused'
            : 'console.roomStatus.running',
  })
  const parts = [screen]
  if (state.message !== null) parts.push(intl.formatMessage({ id: 'console.roomStatus.message' }))
  if (state.showTimeOfDay) parts.push(intl.formatMessage({ id: 'console.roomStatus.timeOfDay' }))
  if (state.roomTheme !== null)
    parts.push(intl.formatMessage({ id: 'console.roomStatus.theme' }, { theme: state.roomTheme }))
  return parts
}
