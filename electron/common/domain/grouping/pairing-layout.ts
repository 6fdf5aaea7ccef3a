import { PROMPT_SIZE } from '../../room/prompt-fit'

/** How the pairing screen lays out one page of group cards, in shares of the room's height. */
export interface PairingLayout {
  columns: number
  rows: number
  /** Font size of the names, in percent of the room screen's height. */
  size: number
}

// The room is 16:9: its width is 177.8 % of its height. The cards get what the header and the
// role legend leave, less the gaps between cards.
const WIDTH = 177.8
const HEIGHT = 70
const GAP = 1.5
// An average character of the room's font is a little over half its size wide; a line is 1.25.
const CHAR = 0.55
const LINE = 1.25

/**
 * The columns and type size that show `groups` cards (each `members` names of at most `longest`
 * characters, plus a role tag) largest: never above the prompts' largest size, and never below
 * their readable floor (the page then holds fewer people: see `pageGroups`).
 */
export function pairingLayout(groups: number, members: number, longest: number): PairingLayout {
  let best: PairingLayout = { columns: 1, rows: groups, size: 0 }
  for (let columns = 1; columns <= Math.min(6, Math.max(1, groups)); columns++) {
    const rows = Math.ceil(groups / columns)
    const cardHeight = (HEIGHT - GAP * (rows - 1)) / rows
    const cardWidth = (WIDTH - GAP * (columns - 1)) / columns
    const byHeight = cardHeight / (members * LINE + 0.6)
    // The name, a gap, and a role tag of about four characters.
    const byWidth = cardWidth / ((longest + 5) * CHAR)
    const size = Math.min(PROMPT_SIZE.largest, byHeight, byWidth)
    if (size > best.size) best = { columns, rows, size }
  }
  return { ...best, size: Math.max(PROMPT_SIZE.floor, Math.round(best.size * 10) / 10) }
}
