import { apiCallNames } from '@common/api/call-names'
import { fail } from '@common/api/result'

/**
 * A phone page reaches the computer only through its live channel, never through the console's
 * bridge. The room components it shares with the app read pictures through that bridge; here
 * every call answers that it is not available, and they fall back as for a picture that cannot
 * be read (the room shows its description).
 */
export function installPhoneBridge(): void {
  const bridge: Record<string, unknown> = {
    on: () => () => undefined,
  }
  for (const name of apiCallNames)
    bridge[name] = () =>
      Promise.resolve(fail('not-found', 'Not available on a page opened from the network.'))
  Object.defineProperty(window, 'facilitator', {
    value: Object.freeze(bridge),
  })
}

installPhoneBridge()
