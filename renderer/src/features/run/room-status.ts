import type { RunState } from '@common/domain/run/run-state'

const themeNames = { dark: 'dark', light: 'light', highContrast: 'high contrast' } as const

/**
 * What the room screen shows now, in words, for the console's presenter view: the screen, then
 * whatever is added to it. The words stand in for the miniature for screen readers.
 */
export function describeRoomScreen(state: RunState): string[] {
  if (state.blanked) return [`Blanked to ${state.blankColour}: the room sees nothing else`]
  const screen =
    state.status === 'ready'
      ? 'Title screen'
      : state.status === 'ended'
        ? 'Closing screen (thank you)'
        : state.status === 'paused'
          ? 'Exercise, clock paused'
          : 'Exercise, clock running'
  const parts = [screen]
  if (state.message !== null) parts.push('Message up')
  if (state.showTimeOfDay) parts.push('Time of day shown')
  if (state.roomTheme !== null) parts.push(`${themeNames[state.roomTheme]} theme for this session`)
  return parts
}
