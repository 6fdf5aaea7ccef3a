import type { Workshop } from '../domain/workshop/schema'
import type { HandoutOptions } from './options'

/**
 * A file name for a handout that says what it is and for which paper:
 * `mentoring-both-ways-participant-pack-a4.pdf`, `…-network-map-worksheet-letter-large-print.pdf`.
 */
export function suggestHandoutFileName(workshop: Workshop, options: HandoutOptions): string {
  const what =
    options.kind === 'pack'
      ? 'participant-pack'
      : options.kind === 'runsheet'
        ? 'run-sheet'
        : `${options.exerciseId ?? 'exercise'}-worksheet`
  const parts = [slugify(workshop.title) || 'workshop', what, options.paper]
  if (options.largePrint) parts.push('large-print')
  return `${parts.join('-')}.pdf`
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}
