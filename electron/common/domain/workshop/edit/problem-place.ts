import type { Workshop } from '../schema'

/**
 * One step of the way to a problem, for the window to say in its language: an agenda item (by
 * title, or by number when it has none), a phase, a worksheet block, a focus area, a line of a
 * list, or a field (by its name in the file).
 */
export type PlaceStep =
  | { kind: 'item'; title: string }
  | { kind: 'itemNumber'; number: number }
  | { kind: 'phase'; number: number }
  | { kind: 'block'; number: number }
  | { kind: 'focusArea'; number: number }
  | { kind: 'line'; number: number }
  | { kind: 'field'; field: string }

/** Where a problem is, as a person finds it, and which agenda item holds it (if any). */
export interface ProblemPlace {
  /** The agenda item's index, to select it; null for the workshop's own fields. */
  itemIndex: number | null
  /** From the outside in; empty for the workshop as a whole. Numbers count from 1. */
  steps: PlaceStep[]
}

/**
 * Reads a problem path (`exercises[2].phases[0].minutes`) as the steps a person follows to find
 * it: the item “My Network Map”, phase 1, minutes.
 */
export function describeProblemPlace(workshop: Workshop, path: string): ProblemPlace {
  const parts = path.match(/[^.[\]]+/g) ?? []
  const steps: PlaceStep[] = []
  let itemIndex: number | null = null
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? ''
    const next = Number(parts[i + 1])
    if (part === 'exercises' && Number.isInteger(next)) {
      itemIndex = next
      const title = workshop.exercises[next]?.title.trim() ?? ''
      steps.push(title === '' ? { kind: 'itemNumber', number: next + 1 } : { kind: 'item', title })
      i += 1
    } else if (part === 'phases' && Number.isInteger(next)) {
      steps.push({ kind: 'phase', number: next + 1 })
      i += 1
    } else if (part === 'blocks' && Number.isInteger(next)) {
      steps.push({ kind: 'block', number: next + 1 })
      i += 1
    } else if (part === 'focusAreas' && Number.isInteger(next)) {
      steps.push({ kind: 'focusArea', number: next + 1 })
      i += 1
    } else if (/^\d+$/.test(part)) {
      steps.push({ kind: 'line', number: Number(part) + 1 })
    } else if (part !== 'worksheet') {
      steps.push({ kind: 'field', field: part })
    }
  }
  return { itemIndex, steps }
}
