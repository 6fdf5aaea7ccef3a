/**
 * Where the room puts what the facilitator shows over it (a participant's question, a vote's
 * result): never on the clock, since the whole room keeps time by it, and in the largest band of
 * the screen beside the clock, so its text can be as large as possible.
 */

/** A rectangle on the screen, in CSS pixels from its top left corner. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/**
 * How big the overlay's smallest text is, as percentages of the screen's height: the room's
 * prompts' floor, below which text stops being readable at the back of the room.
 */
export const OVERLAY_SIZE = { largest: 5.5, floor: 4 } as const

/** A band narrower or lower than this share of the screen cannot hold a line of text. */
const SMALLEST_BAND = 0.2

function widthOf(box: Box): number {
  return box.right - box.left
}

function heightOf(box: Box): number {
  return box.bottom - box.top
}

function areaOf(box: Box): number {
  return Math.max(0, widthOf(box)) * Math.max(0, heightOf(box))
}

/** Whether two boxes share any area (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/**
 * The bands of `area` that keep `gap` clear of `clock`: left of it, right of it (each the full
 * height), above it and below it (each the full width); the whole area when there is no clock or
 * it lies outside. Bands too thin to hold text are left out, largest first.
 */
export function bandsBeside(area: Box, clock: Box | null, gap: number): Box[] {
  if (clock === null || !overlaps(area, clock)) return [area]
  const bands: Box[] = [
    { ...area, right: Math.min(area.right, clock.left - gap) },
    { ...area, left: Math.max(area.left, clock.right + gap) },
    { ...area, bottom: Math.min(area.bottom, clock.top - gap) },
    { ...area, top: Math.max(area.top, clock.bottom + gap) },
  ]
  return bands
    .filter(
      (band) =>
        widthOf(band) >= widthOf(area) * SMALLEST_BAND &&
        heightOf(band) >= heightOf(area) * SMALLEST_BAND,
    )
    .sort((a, b) => areaOf(b) - areaOf(a))
}

/** Where the overlay goes, and at which size its text fits there (null: not even the floor). */
export interface OverlayPlace {
  band: Box
  size: number | null
}

/** How the overlay's text fits a band: the largest size that fits, and the box it then takes. */
export interface BandFit {
  size: number
  width: number
  height: number
}

/** Sizes closer than this, in hundredths of the screen's height, look alike from the back. */
const SAME_SIZE = 0.3

/** Whether the text reads better as `a` than as `b`: larger, else in fewer lines, else smaller. */
function readsBetter(a: BandFit, b: BandFit): boolean {
  if (Math.abs(a.size - b.size) > SAME_SIZE) return a.size > b.size
  if (Math.abs(a.height - b.height) > 1) return a.height < b.height
  return a.width * a.height < b.width * b.height
}

/**
 * The band where the overlay's text fits largest, of those beside the clock; between sizes that
 * look alike, the one where the text takes fewer lines (a chart's options stay a list), then the
 * one where it covers least of the room. `fit(band)` measures the text in a band, or gives null
 * when not even the floor fits; when it fits nowhere, the largest band, where the caller shows
 * less. Null when the clock leaves no band at all.
 */
export function placeOverlay(
  area: Box,
  clock: Box | null,
  gap: number,
  fit: (band: Box) => BandFit | null,
): OverlayPlace | null {
  const bands = bandsBeside(area, clock, gap)
  let best: { band: Box; fit: BandFit } | null = null
  for (const band of bands) {
    const found = fit(band)
    if (found !== null && (best === null || readsBetter(found, best.fit)))
      best = { band, fit: found }
  }
  if (best !== null) return { band: best.band, size: best.fit.size }
  const largest = bands[0]
  return largest === undefined ? null : { band: largest, size: null }
}

/**
 * The order in which a chart's options give way when they cannot all be shown: the fewest votes
 * first, and between equals the later option. `rank[i]` is option i's place, 0 for the one kept
 * longest.
 */
export function rankByCount(counts: readonly number[]): number[] {
  const order = counts
    .map((count, index) => ({ count, index }))
    .sort((a, b) => b.count - a.count || a.index - b.index)
  const rank = counts.map(() => 0)
  order.forEach(({ index }, place) => {
    rank[index] = place
  })
  return rank
}
