import type { Workshop } from '../schema'

/** Where a problem is, in the facilitator's words, and which agenda item holds it (if any). */
export interface ProblemPlace {
  /** The agenda item's index, to select it; null for the workshop's own fields. */
  itemIndex: number | null
  words: string
}

const fieldWords: Record<string, string> = {
  plannedStart: 'planned start',
  warningSeconds: 'warning seconds',
  focusAreaId: 'focus area',
  facilitatorNotes: 'facilitator notes',
  guideTypicalMinutes: 'guide time',
  rowLabels: 'row labels',
  advancesAutomatically: 'advances on its own',
  image: 'picture',
  alt: 'description (alt text)',
  roomText: 'text for the room',
  roomTheme: 'room screen theme',
  pairing: 'pairing',
}

/**
 * Reads a problem path (`exercises[2].phases[0].minutes`) as a place a person can find:
 * `“My Network Map” › phase 1 › minutes`.
 */
export function describeProblemPlace(workshop: Workshop, path: string): ProblemPlace {
  const parts = path.match(/[^.[\]]+/g) ?? []
  const words: string[] = []
  let itemIndex: number | null = null
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? ''
    const next = Number(parts[i + 1])
    if (part === 'exercises' && Number.isInteger(next)) {
      itemIndex = next
      const title = workshop.exercises[next]?.title.trim() ?? ''
      words.push(title === '' ? `item ${String(next + 1)}` : `“${title}”`)
      i += 1
    } else if (part === 'phases' && Number.isInteger(next)) {
      words.push(`phase ${String(next + 1)}`)
      i += 1
    } else if (part === 'blocks' && Number.isInteger(next)) {
      words.push(`worksheet block ${String(next + 1)}`)
      i += 1
    } else if (part === 'focusAreas' && Number.isInteger(next)) {
      words.push(`focus area ${String(next + 1)}`)
      i += 1
    } else if (/^\d+$/.test(part)) {
      words.push(`line ${String(Number(part) + 1)}`)
    } else if (part !== 'worksheet') {
      words.push(fieldWords[part] ?? part)
    }
  }
  return { itemIndex, words: words.length === 0 ? 'the workshop' : words.join(' › ') }
}
