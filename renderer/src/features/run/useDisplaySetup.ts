import { useEffect, useState } from 'react'
import type { DisplaySetup } from '@common/api/contract'
import { bridge } from '../../lib/bridge'

/**
 * The attached displays and where the room display is, kept current. `apply` takes the setup a
 * display call answered with, so the console shows it without waiting for the event.
 */
export function useDisplaySetup(): {
  setup: DisplaySetup | null
  apply: (call: Promise<{ ok: true; value: DisplaySetup } | { ok: false }>) => void
} {
  const [setup, setSetup] = useState<DisplaySetup | null>(null)
  useEffect(() => {
    let current = true
    const stop = bridge.on('displaysChanged', setSetup)
    void bridge.listDisplays({}).then((result) => {
      if (current && result.ok) setSetup(result.value)
    })
    return () => {
      current = false
      stop()
    }
  }, [])
  const apply = (call: Promise<{ ok: true; value: DisplaySetup } | { ok: false }>) => {
    void call.then((result) => {
      if (result.ok) setSetup(result.value)
    })
  }
  return { setup, apply }
}

/** The width-to-height ratio of the screen the room is shown on; 16:9 when it is a window. */
export function roomAspectRatio(setup: DisplaySetup | null): number {
  const display = setup?.displays.find((d) => d.id === setup.roomDisplayId)
  if (display === undefined || display.bounds.height <= 0) return 16 / 9
  return display.bounds.width / display.bounds.height
}
