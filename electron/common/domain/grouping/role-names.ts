import type { Exercise } from '../workshop/schema'
import type { Role } from './roles'

const names: Record<Role, string> = { a: 'Partner A', b: 'Partner B', observer: 'Observer' }

/** How a role is called on the room and on paper. */
export function roleName(role: Role): string {
  return names[role]
}

/**
 * What a role does in an exercise, from the exercise's own prompts: "Partner A: share both
 * moments" for the first prompt that starts with the role's name, cut at its first sentence; the
 * role's name alone when no prompt names it.
 */
export function roleCue(exercise: Exercise, role: Role): string {
  const name = roleName(role)
  for (const phase of exercise.phases)
    for (const prompt of phase.prompts)
      if (prompt.startsWith(`${name}:`)) {
        const sentence = /^[^.?!]*[.?!]?/.exec(prompt)?.[0] ?? prompt
        return sentence.replace(/[.]$/, '')
      }
  return name
}
