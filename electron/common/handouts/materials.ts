import type { Workshop } from '../domain/workshop/schema'

/** One thing to bring, and the exercises that need it. */
export interface MaterialNeed {
  name: string
  usedIn: string[]
}

/**
 * Every material the workshop needs, once each in order of first use, with the exercises that
 * use it. Names that differ only in case or spacing count as the same thing.
 */
export function collectMaterials(workshop: Workshop): MaterialNeed[] {
  const needs = new Map<string, MaterialNeed>()
  for (const item of workshop.exercises) {
    if (item.kind !== 'exercise') continue
    for (const material of item.materials) {
      const key = material.toLowerCase().replace(/\s+/g, ' ').trim()
      const need = needs.get(key) ?? { name: material.trim(), usedIn: [] }
      if (!need.usedIn.includes(item.title)) need.usedIn.push(item.title)
      needs.set(key, need)
    }
  }
  return [...needs.values()]
}
