import type { Workshop } from '../domain/workshop/schema'
import type { Paper } from './options'

/** How a material's quantity scales with the room. */
export type MaterialUnit = 'person' | 'pair' | 'table'

/** One thing to bring, how many, and the exercises that need it. */
export interface MaterialNeed {
  name: string
  /** How many to bring for the room, when the material says so ("Pens: 1 per person"). */
  total?: number
  /** The rate it was worked out from ("1 per person"), printed in the handout's language. */
  rate?: { count: number; unit: MaterialUnit }
  /** True when every exercise that uses it is optional, or the material itself is. */
  isOptional: boolean
  usedIn: string[]
}

/** People sit at tables of about six, the size the table exercises are written for. */
export const PEOPLE_PER_TABLE = 6

/** Participants assumed when the facilitator gives no number. */
export const DEFAULT_PARTICIPANTS = 20

const ratePattern = /^(.*?):\s*(\d+)\s+per\s+(person|pair|table)\s*(\(optional\))?\s*$/i
const optionalPattern = /\s*\(optional\)\s*$/i

/** Reads "Pens: 1 per person" or "Slides (optional)" into its parts. */
export function parseMaterial(text: string): {
  name: string
  count?: number
  unit?: MaterialUnit
  isOptional: boolean
} {
  const rated = ratePattern.exec(text.trim())
  if (rated !== null) {
    return {
      name: (rated[1] ?? '').trim(),
      count: Number(rated[2]),
      unit: (rated[3] ?? 'person').toLowerCase() as MaterialUnit,
      isOptional: rated[4] !== undefined,
    }
  }
  return {
    name: text.trim().replace(optionalPattern, ''),
    isOptional: optionalPattern.test(text),
  }
}

/** How many units of each kind a room of `participants` has: people, pairs, tables. */
export function countUnits(participants: number): Record<MaterialUnit, number> {
  return {
    person: participants,
    pair: Math.ceil(participants / 2),
    table: Math.ceil(participants / PEOPLE_PER_TABLE),
  }
}

/**
 * Every material the workshop needs, once each in order of first use, with how many to bring
 * for `participants` people and the exercises that use it. Names that differ only in case or
 * spacing count as the same thing; where exercises ask for different amounts of one thing, the
 * largest is what to bring, since a material is reused from one exercise to the next.
 */
export function collectMaterials(
  workshop: Workshop,
  participants: number = DEFAULT_PARTICIPANTS,
): MaterialNeed[] {
  const units = countUnits(participants)
  const needs = new Map<string, MaterialNeed>()
  for (const item of workshop.exercises) {
    if (item.kind !== 'exercise') continue
    for (const material of item.materials) {
      const parsed = parseMaterial(material)
      const key = parsed.name.toLowerCase().replace(/\s+/g, ' ')
      const optional = parsed.isOptional || item.optional
      const need = needs.get(key) ?? { name: parsed.name, isOptional: optional, usedIn: [] }
      need.isOptional = need.isOptional && optional
      if (parsed.count !== undefined && parsed.unit !== undefined) {
        const total = parsed.count * units[parsed.unit]
        if (need.total === undefined || total > need.total) {
          need.total = total
          need.rate = { count: parsed.count, unit: parsed.unit }
        }
      }
      if (!need.usedIn.includes(item.title)) need.usedIn.push(item.title)
      needs.set(key, need)
    }
  }
  return [...needs.values()]
}

/**
 * A material as it reads for the paper being printed on: "Letter-size sheets" becomes "A4
 * sheets" on an A4 run sheet and the other way round, so a facilitator never fetches paper the
 * room's printer does not have.
 */
export function fitMaterialToPaper(text: string, paper: Paper): string {
  const size = paper === 'a4' ? 'A4' : 'Letter-size'
  return text.replace(/\b(?:Letter-size|Letter|A4)(?=\s+(?:sheets?|paper)\b)/g, size)
}
