import type { Grouping } from '../schema'
import { messageRef, type MessageRef } from '../../../i18n/message-ref'

/** A cell read as a value, or the plain-words reason it could not be. */
export type CellReading<T> = { ok: true; value: T } | { ok: false; reason: MessageRef }

/** The longest duration a row may have, in minutes. */
const MAX_MINUTES = 600

function decimal(text: string): number {
  // A European spreadsheet writes "7,5" for seven and a half.
  return Number(text.replace(',', '.'))
}

/**
 * Reads a duration as minutes: a plain number of minutes, "15 min", "1 h 30", "1.5 h", or a clock
 * length ("0:15" is h:mm, "00:15:00" is h:mm:ss, as Ontime and spreadsheets write them).
 */
export function readMinutes(cell: string): CellReading<number> {
  const text = cell.trim().toLowerCase()
  const refuse: CellReading<number> = {
    ok: false,
    reason: messageRef('import.reason.notDuration', { cell: cell.trim() }),
  }
  let minutes: number | null = null
  const clock = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d(?:[.,]\d+)?))?$/.exec(text)
  const units =
    /^(?:(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?))?\s*(?:(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes?)?)?$/.exec(
      text,
    )
  if (clock !== null) {
    const [, h = '0', m = '0', s = '0'] = clock
    minutes = Number(h) * 60 + Number(m) + decimal(s) / 60
  } else if (text !== '' && units !== null && (units[1] !== undefined || units[2] !== undefined)) {
    minutes = decimal(units[1] ?? '0') * 60 + decimal(units[2] ?? '0')
  }
  if (minutes === null || !Number.isFinite(minutes)) return refuse
  if (minutes <= 0)
    return {
      ok: false,
      reason: messageRef('import.reason.durationNotAboveZero', { cell: cell.trim() }),
    }
  if (minutes > MAX_MINUTES)
    return {
      ok: false,
      reason: messageRef('import.reason.durationOver', { cell: cell.trim(), max: MAX_MINUTES }),
    }
  return { ok: true, value: Math.round(minutes * 100) / 100 }
}

/** Reads a time of day as minutes after midnight: "09:00", "9:00:00", "9.30", "2:30 pm", "14h30". */
export function readClockTime(cell: string): CellReading<number> {
  const text = cell.trim().toLowerCase()
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(text)
  const refuse: CellReading<number> = {
    ok: false,
    reason: messageRef('import.reason.notTime', { cell: cell.trim() }),
  }
  if (match === null) return refuse
  const [, h = '0', m = '0', , half] = match
  let hours = Number(h)
  const minutes = Number(m)
  if (minutes > 59) return refuse
  if (half !== undefined) {
    if (hours < 1 || hours > 12) return refuse
    hours = (hours % 12) + (half.startsWith('p') ? 12 : 0)
  } else if (match[2] === undefined) {
    return refuse
  }
  if (hours > 23) return refuse
  return { ok: true, value: hours * 60 + minutes }
}

/** Formats minutes after midnight as "HH:MM". */
export function formatClockTime(minutesOfDay: number): string {
  const total = ((Math.round(minutesOfDay) % 1440) + 1440) % 1440
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

// English, and the words Spanish, French and German sheets use (as the app writes them too).
const groupingNames: readonly [RegExp, Grouping][] = [
  [
    /^(solo|alone|individual(ly)?|on your own|own|self|singles?|individualmente|seule?|allein|einzeln)$/,
    'solo',
  ],
  [/^(in |en |zu )?(pairs?|twos|2s|dyads?|partners?|parejas?|binômes?|paaren?|zweit)$/, 'pairs'],
  [/^(in |en |zu )?(trios?|threes|3s|triads?|tríos?|dreiergruppen?|dritt)$/, 'trios'],
  [
    /^(in |en )?(small ?groups?|groups?|tables?|teams?|breakouts?|grupos?( pequeños)?|(petits )?groupes?|kleingruppen?|gruppen?)$/,
    'smallGroups',
  ],
  [
    /^(whole ?room|plenary|all|everyone|whole ?group|room|together|todo el grupo|plenario|(en )?plénière|toute la salle|(im )?plenum|ganzer raum)$/,
    'wholeRoom',
  ],
]

/**
 * Reads how people are grouped, in the words a sheet uses: "pairs", "In pairs", "small groups",
 * "plenary". The format's own names (`smallGroups`) read too.
 */
export function readGrouping(cell: string): CellReading<Grouping> {
  const text = cell
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\s+/g, ' ')
  for (const [pattern, grouping] of groupingNames)
    if (pattern.test(text)) return { ok: true, value: grouping }
  return {
    ok: false,
    reason: messageRef('import.reason.notGrouping', { cell: cell.trim() }),
  }
}

/** Splits a cell into its non-empty lines: prompts and notes take one line each. */
export function readLines(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}
