import { describeCount } from '../lan/participants'

/** The parts of the room screen that an overlay can cover, as the room calls them. */
export type RoomPart =
  'message' | 'title' | 'prompts' | 'picture' | 'phases' | 'next' | 'groups' | 'break'

const partWords: Record<RoomPart, string> = {
  message: 'the message',
  title: 'the title',
  prompts: 'the prompts',
  picture: 'the picture',
  phases: 'the phases',
  next: 'what comes next',
  groups: 'the groups',
  break: 'the break’s words',
}

/**
 * What an overlay hides, said on the overlay so the facilitator and the room know something is
 * behind it ("Covering the prompts, the phases and what comes next"); null when it hides nothing.
 * Parts are named in the order given, each once.
 */
export function describeCovered(parts: readonly RoomPart[]): string | null {
  const words = [...new Set(parts)].map((part) => partWords[part])
  if (words.length === 0) return null
  const last = words.pop() ?? ''
  return `Covering ${words.length === 0 ? last : `${words.join(', ')} and ${last}`}`
}

/**
 * The line under a chart that could not show every option, from the counts of those left out:
 * "and 15 more, with no dots", "and 1 more, with 1 vote", "and 3 more, with 2 votes or fewer each".
 */
export function describeLeftOut(counts: readonly number[], mode: 'one' | 'dots'): string {
  const most = Math.max(0, ...counts)
  const more = `and ${String(counts.length)} more`
  if (most === 0) return `${more}, with no ${mode === 'one' ? 'votes' : 'dots'}`
  if (counts.length === 1) return `${more}, with ${describeCount(most, mode)}`
  return `${more}, with ${describeCount(most, mode)} or fewer each`
}
