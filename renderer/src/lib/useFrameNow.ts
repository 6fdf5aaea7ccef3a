import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * The current time, refreshed on every animation frame while `live` is true. Displays derive the
 * remaining time from this and the run's timestamps each frame, so nothing counts ticks. The
 * update is flushed inside the frame callback: left to React's scheduler it would commit in a
 * later task, after the frame is painted, and the screen would always show the previous frame's
 * time. Keep the components that use this small.
 */
export function useFrameNow(live: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    setNow(Date.now())
    if (!live) return undefined
    let frame = requestAnimationFrame(function tick() {
      flushSync(() => setNow(Date.now()))
      frame = requestAnimationFrame(tick)
    })
    return () => cancelAnimationFrame(frame)
  }, [live])
  return now
}

/** Calls `onFrame` with the current time on every animation frame while `live`, rendering nothing. */
export function useEachFrame(live: boolean, onFrame: (now: number) => void): void {
  const callback = useRef(onFrame)
  useEffect(() => {
    callback.current = onFrame
  })
  useEffect(() => {
    if (!live) return undefined
    let frame = requestAnimationFrame(function tick() {
      callback.current(Date.now())
      frame = requestAnimationFrame(tick)
    })
    return () => cancelAnimationFrame(frame)
  }, [live])
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
