import { findLargestFitting, PROMPT_SIZE } from '../../room/prompt-fit'

/** How the pairing screen lays out one page of group cards, in shares of the room's height. */
export interface PairingLayout {
  columns: number
  rows: number
  /** Font size of the names, in percent of the room screen's height. */
  size: number
  /** False when even the readable floor cuts a name: the page must hold fewer groups. */
  fits: boolean
}

/** What the layout needs to know of a group: how many people, its longest name and word. */
export interface GroupShape {
  members: number
  longest: number
  /** Names wrap only between words, so the longest word must fit a card's line whole. */
  longestWord: number
}

// The room is 16:9; the cards get what the room's margins, the header and a one-line role
// legend leave: about 164 % by 74 % of the room's height. Each further line of the legend (set
// at 4 %) takes 5 % more.
const WIDTH = 164
const HEIGHT = 74
const LEGEND_SIZE = 4
const LEGEND_LINE = LEGEND_SIZE * 1.25
const GAP = 1
// A character of a name (capitals, digits and dots included) averages 0.56 of the font's size in
// the room's face, as measured on the screen; a line is 1.25 of it.
const CHAR = 0.56
const LINE = 1.25
// In ems: the group number and its gap, then each member's role tag and gap, and a card's
// padding and border above and below.
const NUMBER = 2.4
const TAG = 1
const PADDING = 0.35

function fitsAt(
  groups: readonly GroupShape[],
  columns: number,
  size: number,
  height: number,
  wholeWords: boolean,
): boolean {
  const rows = Math.ceil(groups.length / columns)
  const cardWidth = (WIDTH - GAP * (columns - 1)) / columns / size
  const members = Math.max(1, ...groups.map((group) => group.members))
  const memberWidth = (cardWidth - NUMBER) / members - TAG
  if (memberWidth < 2) return false
  if (wholeWords && groups.some((group) => group.longestWord * CHAR > memberWidth)) return false
  // A name wrapped between words wastes part of each line but the last: allow a line for it.
  const lines = Math.max(
    1,
    ...groups.map((group) => {
      const wrapped = Math.ceil((group.longest * CHAR) / memberWidth)
      return wrapped === 1 ? 1 : wrapped + 1
    }),
  )
  const cardHeight = (lines * LINE + PADDING) * size
  return rows * cardHeight + GAP * (rows - 1) <= height
}

/**
 * How many lines the role legend takes across the room: its entries ("A Partner A: share both
 * moments") side by side, wrapping as whole entries.
 */
export function legendLines(entries: readonly string[]): number {
  const perLine = WIDTH / (LEGEND_SIZE * CHAR)
  // The gap between entries is one legend em: about two characters.
  let lines = entries.length === 0 ? 0 : 1
  let used = 0
  for (const entry of entries) {
    const needed = (used === 0 ? 0 : 2) + entry.length
    if (used > 0 && used + needed > perLine) {
      lines += 1
      used = entry.length
    } else used += needed
  }
  return lines
}

/**
 * The columns and type size that show these group cards largest, members side by side in each
 * card, under a role legend of `legend` lines: found as the prompts are (`findLargestFitting`),
 * between their largest size and their readable floor. `fits` is false when not even the floor
 * holds every name uncut. Words of names are kept whole wherever some layout allows it.
 */
export function pairingLayout(groups: readonly GroupShape[], legend = 1): PairingLayout {
  return (
    largestLayout(groups, legend, true) ??
    // A word longer than any card's line (a name with no spaces) is broken where it must be.
    largestLayout(groups, legend, false) ?? {
      columns: Math.min(2, Math.max(1, groups.length)),
      rows: Math.ceil(groups.length / Math.min(2, Math.max(1, groups.length))),
      size: PROMPT_SIZE.floor,
      fits: false,
    }
  )
}

function largestLayout(
  groups: readonly GroupShape[],
  legend: number,
  wholeWords: boolean,
): PairingLayout | null {
  const height = HEIGHT - Math.max(0, legend - 1) * LEGEND_LINE
  let best: PairingLayout | null = null
  for (let columns = 1; columns <= Math.min(6, Math.max(1, groups.length)); columns++) {
    const size = findLargestFitting(
      PROMPT_SIZE.floor,
      PROMPT_SIZE.largest,
      (candidate) => fitsAt(groups, columns, candidate, height, wholeWords),
      0.05,
    )
    if (size !== null && (best === null || size > best.size)) {
      best = { columns, rows: Math.ceil(groups.length / columns), size, fits: true }
    }
  }
  return best === null ? null : { ...best, size: Math.floor(best.size * 100) / 100 }
}
