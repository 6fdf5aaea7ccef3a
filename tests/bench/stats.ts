/** The value below which `p` percent of the samples fall (nearest rank, so it is a real sample). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50)
}

export function maximum(samples: readonly number[]): number {
  return samples.reduce((max, value) => Math.max(max, value), Number.NEGATIVE_INFINITY)
}

/** Milliseconds an async step takes, by the monotonic clock (immune to wall-clock steps). */
export async function timeMs(step: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await step()
  return performance.now() - start
}

/** Rounds for display and JSON: enough digits to compare runs, no float noise. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
