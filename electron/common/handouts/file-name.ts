import type { Session } from '../domain/session/session'
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

/**
 * File names for a session's debrief, the PDF and the Markdown beside it, saying which workshop
 * and which day: `mentoring-both-ways-debrief-2026-03-03-a4.pdf` and `…-debrief-2026-03-03.md`.
 */
export function suggestDebriefFileNames(
  session: Session,
  options: Pick<HandoutOptions, 'paper' | 'largePrint'>,
): { pdf: string; markdown: string } {
  const base = [slugify(session.workshop.title) || 'workshop', 'debrief']
  if (session.startedAt !== null) base.push(formatIsoDay(session.startedAt))
  const pdf = [...base, options.paper, ...(options.largePrint ? ['large-print'] : [])]
  return { pdf: `${pdf.join('-')}.pdf`, markdown: `${base.join('-')}.md` }
}

function formatIsoDay(ms: number): string {
  const date = new Date(ms)
  const two = (value: number) => String(value).padStart(2, '0')
  return `${String(date.getFullYear())}-${two(date.getMonth() + 1)}-${two(date.getDate())}`
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
