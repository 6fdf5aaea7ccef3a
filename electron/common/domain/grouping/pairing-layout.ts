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

/** What the layout needs to know of a group: how many people, and its longest name. */
export interface GroupShape {
  members: number
  longest: number
}

// The room is 16:9; the cards get what the room's margins, the header and the one-line role
// legend leave: about 164 % by 74 % of the room's height.
const WIDTH = 164
const HEIGHT = 74
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

function fitsAt(groups: readonly GroupShape[], columns: number, size: number): boolean {
  const rows = Math.ceil(groups.length / columns)
  const cardWidth = (WIDTH - GAP * (columns - 1)) / columns / size
  const members = Math.max(1, ...groups.map((group) => group.members))
  const memberWidth = (cardWidth - NUMBER) / members - TAG
  if (memberWidth < 2) return false
  const lines = Math.max(
    1,
    ...groups.map((group) => Math.ceil((group.longest * CHAR) / memberWidth)),
  )
  const cardHeight = (lines * LINE + PADDING) * size
  return rows * cardHeight + GAP * (rows - 1) <= HEIGHT
}

/**
 * The columns and type size that show these group cards largest, members side by side in each
 * card: found as the prompts are (`findLargestFitting`), between their largest size and their
 * readable floor. `fits` is false when not even the floor holds every name uncut.
 */
export function pairingLayout(groups: readonly GroupShape[]): PairingLayout {
  let best: PairingLayout | null = null
  for (let columns = 1; columns <= Math.min(6, Math.max(1, groups.length)); columns++) {
    const size = findLargestFitting(
      PROMPT_SIZE.floor,
      PROMPT_SIZE.largest,
      (candidate) => fitsAt(groups, columns, candidate),
      0.05,
    )
    if (size !== null && (best === null || size > best.size)) {
      best = { columns, rows: Math.ceil(groups.length / columns), size, fits: true }
    }
  }
  if (best !== null) return { ...best, size: Math.floor(best.size * 100) / 100 }
  const columns = Math.min(2, Math.max(1, groups.length))
  return { columns, rows: Math.ceil(groups.length / columns), size: PROMPT_SIZE.floor, fits: false }
}
