import { findLargestFitting, PROMPT_SIZE } from './prompt-fit'

/** One page of the room's pairing screen: a run of consecutive groups and how they are set. */
export interface PairingPage {
  /** Index of the page's first group in the round. */
  start: number
  /** Index just past its last group. */
  end: number
  columns: number
  /** Members side by side in their card (`row`), or one a line (`stack`). */
  arrangement: PairingArrangement
  /** Font size of the names, in percent of the room screen's height. */
  size: number
}

/** How a group card sets its members: side by side, or one a line. */
export type PairingArrangement = 'row' | 'stack'

/** One way to set a page, as tried by {@link planPairingPages}. */
export type PairingFits = (
  start: number,
  end: number,
  columns: number,
  arrangement: PairingArrangement,
  size: number,
) => boolean

/** Most columns of group cards a page is tried with: more make cards too narrow for a name. */
export const MAX_PAIRING_COLUMNS = 6

/**
 * Splits groups of `sizes` people into `pageCount` runs of consecutive groups with as even a
 * number of people as whole groups allow; returns [start, end) index pairs.
 */
export function splitPages(sizes: readonly number[], pageCount: number): [number, number][] {
  const total = sizes.reduce((sum, size) => sum + size, 0)
  const pages: [number, number][] = []
  let start = 0
  let seen = 0
  for (let page = 1; page <= pageCount && start < sizes.length; page++) {
    if (page === pageCount) {
      pages.push([start, sizes.length])
      break
    }
    const target = (total * page) / pageCount
    let end = start + 1
    seen += sizes[start] ?? 0
    // Take the next group while that brings the page's running total closer to its share.
    while (end < sizes.length - (pageCount - page)) {
      const next = seen + (sizes[end] ?? 0)
      if (Math.abs(next - target) >= Math.abs(seen - target)) break
      seen = next
      end += 1
    }
    pages.push([start, end])
    start = end
  }
  return pages
}

/**
 * The pages of the pairing screen: as few as hold every name whole at or above the prompts'
 * readable floor, each page at the columns, arrangement and size that set its names largest.
 * `fits(start, end, columns, arrangement, size)` lays that page out in the room itself and says whether it
 * holds, so the room decides by its own fonts and shape, not by an estimate of them. When not
 * even one group a page fits at the floor (a name longer than the screen), each group gets a page.
 */
export function planPairingPages(sizes: readonly number[], fits: PairingFits): PairingPage[] {
  for (let pageCount = 1; pageCount <= sizes.length; pageCount++) {
    const pages: PairingPage[] = []
    for (const [start, end] of splitPages(sizes, pageCount)) {
      const page = largestSetting(start, end, fits)
      if (page === null) break
      pages.push(page)
    }
    if (pages.length === pageCount) return pages
  }
  return sizes.map((_, index) => ({
    start: index,
    end: index + 1,
    columns: 1,
    arrangement: 'stack',
    size: PROMPT_SIZE.floor,
  }))
}

function largestSetting(start: number, end: number, fits: PairingFits): PairingPage | null {
  let best: PairingPage | null = null
  for (let columns = 1; columns <= Math.min(MAX_PAIRING_COLUMNS, end - start); columns++) {
    for (const arrangement of ['row', 'stack'] as const) {
      const size = findLargestFitting(
        PROMPT_SIZE.floor,
        PROMPT_SIZE.largest,
        (candidate) => fits(start, end, columns, arrangement, candidate),
        0.1,
      )
      if (size !== null && (best === null || size > best.size + 0.05))
        best = { start, end, columns, arrangement, size: Math.floor(size * 100) / 100 }
    }
  }
  return best
}
