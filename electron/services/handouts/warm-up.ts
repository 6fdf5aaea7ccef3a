import type { Workshop } from '@common/domain/workshop/schema'
import type { Logger } from '../logger'
import { renderHandoutPdf } from './render-handout'

/**
 * Prints a pack nobody asked for and throws it away, so the facilitator's first export is as
 * quick as the later ones. The first document in a process loads pdfmake, reads the fonts, shapes
 * every word and runs code the JavaScript engine has not optimised yet: twice as slow as the
 * tenth.
 */
export async function warmUpHandouts(workshop: Workshop, fontsFolder: string): Promise<void> {
  // One pack leaves the engine half-way: the second export would still be 1.7 times a warm one.
  for (const paper of ['a4', 'letter'] as const) {
    const rendered = await renderHandoutPdf(
      workshop,
      { kind: 'pack', paper, largePrint: false },
      fontsFolder,
    )
    if (!rendered.ok) throw new Error(rendered.message)
  }
}

/**
 * {@link warmUpHandouts} `afterMs` after the call, away from the app's start; never when the
 * returned cancel comes first. A failure is only logged: the export that follows reports its own.
 */
export function warmUpHandoutsLater(
  workshop: Workshop,
  fontsFolder: string,
  afterMs: number,
  log: Logger,
): () => void {
  const timer = setTimeout(() => {
    warmUpHandouts(workshop, fontsFolder).catch((error: unknown) =>
      log.warn('Warming up the handouts failed', error),
    )
  }, afterMs)
  // A pending warm-up never keeps the process alive.
  timer.unref()
  return () => clearTimeout(timer)
}
