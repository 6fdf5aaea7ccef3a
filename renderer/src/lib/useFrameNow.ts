import { useEffect, useState } from 'react'

/**
 * The current time, refreshed on every animation frame while `live` is true. Displays derive the
 * remaining time from this and the run's timestamps each frame, so nothing counts ticks.
 */
export function useFrameNow(live: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    setNow(Date.now())
    if (!live) return undefined
    let frame = requestAnimationFrame(function tick() {
      setNow(Date.now())
      frame = requestAnimationFrame(tick)
    })
    return () => cancelAnimationFrame(frame)
  }, [live])
  return now
}

/** The current time, refreshed every second: enough for schedules and clock times. */
export function useSecondNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}
