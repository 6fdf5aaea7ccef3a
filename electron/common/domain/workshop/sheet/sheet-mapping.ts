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

// The headers each field goes by, lowercase, without accents or punctuation: English first
// (Ontime's exports name "Title", "Duration", "Time Start", "Time End" and "Note"), then the
// words Spanish, French and German sheets use, taken only where no English header names the field.
const headerWords: Readonly<Record<SheetField, readonly (readonly string[])[]>> = {
  title: [
    ['title', 'name', 'item', 'activity', 'agenda item', 'exercise', 'topic', 'session'],
    ['titulo', 'nombre', 'actividad', 'ejercicio', 'tema', 'titre', 'nom', 'activite', 'exercice'],
    ['sujet', 'titel', 'aktivitat', 'ubung', 'thema', 'programmpunkt'],
  ],
  kind: [
    ['kind', 'type', 'item type'],
    ['tipo', 'art', 'typ'],
  ],
  duration: [
    ['minutes', 'duration', 'mins', 'min', 'length', 'planned minutes', 'time min'],
    ['minutos', 'duracion', 'duree', 'minuten', 'dauer'],
  ],
  start: [
    ['start', 'time start', 'start time', 'starts', 'begins', 'from'],
    ['inicio', 'hora de inicio', 'comienzo', 'debut', 'heure de debut', 'beginn', 'anfang'],
  ],
  end: [
    ['end', 'time end', 'end time', 'ends', 'until', 'to'],
    ['fin', 'hora de fin', 'heure de fin', 'ende'],
  ],
  phase: [
    ['phase', 'phases', 'step', 'stage', 'part'],
    ['fase', 'paso', 'etapa', 'etape', 'schritt', 'phasen'],
  ],
  grouping: [
    ['grouping', 'format', 'groups', 'group', 'setup', 'arrangement'],
    ['agrupamiento', 'formato', 'grupos', 'regroupement', 'groupes', 'gruppierung', 'sozialform'],
    ['gruppen'],
  ],
  prompts: [
    ['prompts', 'prompt', 'instructions', 'questions', 'room text', 'on screen'],
    ['consignas', 'instrucciones', 'preguntas', 'consignes', 'impulse', 'anweisungen', 'fragen'],
  ],
  purpose: [
    ['purpose', 'goal', 'objective', 'aim', 'description'],
    ['proposito', 'objetivo', 'descripcion', 'objectif', 'but', 'zweck', 'ziel', 'beschreibung'],
  ],
  note: [
    ['notes', 'note', 'facilitator notes', 'comments', 'comment', 'remarks'],
    ['notas', 'comentarios', 'observaciones', 'remarques', 'commentaires', 'notizen', 'hinweise'],
    ['anmerkungen', 'kommentare'],
  ],
}

function normalise(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The first of `headers` that names `field`, by its index, or null. */
export function guessColumn(field: SheetField, headers: readonly string[]): number | null {
  for (const words of headerWords[field]) {
    const index = headers.findIndex((header) => words.includes(normalise(header)))
    if (index !== -1) return index
  }
  return null
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
