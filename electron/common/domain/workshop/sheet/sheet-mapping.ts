/** What a column of an agenda sheet can say about an exercise or a break. */
export const sheetFields = [
  'title',
  'kind',
  'duration',
  'start',
  'end',
  'phase',
  'grouping',
  'prompts',
  'purpose',
  'note',
] as const
export type SheetField = (typeof sheetFields)[number]

/** Which column (by index) holds each field; a field left out is not read. */
export type SheetMapping = Partial<Record<SheetField, number>>

/** How each field is named to the facilitator, on the mapping step and as an export's header. */
export const sheetFieldNames: Readonly<Record<SheetField, string>> = {
  title: 'Title',
  kind: 'Kind',
  duration: 'Minutes',
  start: 'Start',
  end: 'End',
  phase: 'Phase',
  grouping: 'Grouping',
  prompts: 'Prompts',
  purpose: 'Purpose',
  note: 'Notes',
}

// The headers each field goes by, lowercase and without punctuation; Ontime's exports name
// "Title", "Duration", "Time Start", "Time End" and "Note".
const headerWords: Readonly<Record<SheetField, readonly string[]>> = {
  title: ['title', 'name', 'item', 'activity', 'agenda item', 'exercise', 'topic', 'session'],
  kind: ['kind', 'type', 'item type'],
  duration: ['minutes', 'duration', 'mins', 'min', 'length', 'planned minutes', 'time min'],
  start: ['start', 'time start', 'start time', 'starts', 'begins', 'from'],
  end: ['end', 'time end', 'end time', 'ends', 'until', 'to'],
  phase: ['phase', 'phases', 'step', 'stage', 'part'],
  grouping: ['grouping', 'format', 'groups', 'group', 'setup', 'arrangement'],
  prompts: ['prompts', 'prompt', 'instructions', 'questions', 'room text', 'on screen'],
  purpose: ['purpose', 'goal', 'objective', 'aim', 'description'],
  note: ['notes', 'note', 'facilitator notes', 'comments', 'comment', 'remarks'],
}

function normalise(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The first of `headers` that names `field`, by its index, or null. */
export function guessColumn(field: SheetField, headers: readonly string[]): number | null {
  const words = headerWords[field]
  const index = headers.findIndex((header) => words.includes(normalise(header)))
  return index === -1 ? null : index
}

/**
 * Guesses which column holds each field from the headers' names; each column serves one field at
 * most, so "Start" is not also taken as the title.
 */
export function guessMapping(headers: readonly string[]): SheetMapping {
  const mapping: SheetMapping = {}
  const taken = new Set<number>()
  for (const field of sheetFields) {
    const index = guessColumn(field, headers)
    if (index !== null && !taken.has(index)) {
      mapping[field] = index
      taken.add(index)
    }
  }
  return mapping
}
