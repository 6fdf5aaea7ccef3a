import type { Page } from '@playwright/test'
import { phaseDueAt } from '@common/domain/run/timer'
import { displayErrorMs } from './countdown-text'
import type { RunningSession } from './bench-session'

/** One animation frame in the room: when it ran (epoch ms) and what the countdown said. */
type FrameSample = [at: number, text: string]

/**
 * Reads the room's countdown on every animation frame for `durationMs`. The loop is started after
 * the countdown's own frame loop, so within each frame it runs after the display has updated and
 * reads the text that frame paints. Time is `Date.now()`, the clock the run's timestamps come from.
 */
function sampleEveryFrame(room: Page, durationMs: number): Promise<FrameSample[]> {
  return room.evaluate(
    (duration) =>
      new Promise<FrameSample[]>((resolve) => {
        const samples: FrameSample[] = []
        const end = performance.now() + duration
        requestAnimationFrame(function frame() {
          const text = document.querySelector('[data-testid="countdown-room"]')?.textContent ?? ''
          samples.push([Date.now(), text])
          if (performance.now() < end) requestAnimationFrame(frame)
          else resolve(samples)
        })
      }),
    durationMs,
  )
}

/**
 * How far the room display is from the true remaining time, frame by frame, over `durationMs` of
 * a running phase (see `displayErrorMs` for what "error" means with a whole-second display).
 */
export async function measureDisplayError(
  session: RunningSession,
  durationMs: number,
): Promise<{ errors: number[]; frameGaps: number[] }> {
  const state = await session.readState()
  const dueAt = phaseDueAt(state)
  if (dueAt === null) throw new Error('the phase is not counting')
  const phaseLeft = dueAt - Date.now()
  if (phaseLeft < durationMs + 5_000)
    throw new Error(`only ${String(phaseLeft)} ms left in the phase; it must outlast the sample`)
  const samples = await sampleEveryFrame(session.room, durationMs)
  // The phase must not have changed under the sampler (a stray command would void the figures).
  if (phaseDueAt(await session.readState()) !== dueAt) throw new Error('the run changed meanwhile')
  const errors = samples.map(([at, text]) => displayErrorMs(text, dueAt - at))
  const frameGaps = samples.slice(1).map(([at], i) => at - (samples[i]?.[0] ?? at))
  return { errors, frameGaps }
}
