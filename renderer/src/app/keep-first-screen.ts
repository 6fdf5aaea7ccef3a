import { bridge } from '../lib/bridge'
import { firstScreenCopy } from './kept-first-screen'

// What was last handed to the main process: an unchanged screen is not sent again.
let lastKept: string | null | undefined

function keep(html: string | null): void {
  if (html === lastKept) return
  lastKept = html
  // Only an early picture is at stake: a refusal or a failed write costs the next start that.
  void bridge.keepFirstScreen({ html }).then(
    (answer) => {
      if (!answer.ok) console.warn(`The first screen was not kept: ${answer.message}`)
    },
    () => undefined,
  )
}

/** Has the main process keep the library screen drawn in `root` for the next start. */
export function keepFirstScreen(root: HTMLElement): void {
  keep(firstScreenCopy(root))
}

/** Keeps no first screen: a start during a session opens on it, and a library would only flash. */
export function forgetFirstScreen(): void {
  keep(null)
}
