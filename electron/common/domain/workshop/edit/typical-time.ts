import type { Phase } from '../schema'

/**
 * An exercise's phases re-timed to last `minutes` in all, each in proportion to its planned
 * length, in whole minutes of at least one (the largest remainders get the spare minutes), so
 * "use the typical time" keeps the shape of the exercise the facilitator planned.
 */
export function phasesScaledTo(phases: readonly Phase[], minutes: number): Phase[] {
  const planned = phases.reduce((sum, phase) => sum + phase.minutes, 0)
  const target = Math.max(phases.length, Math.round(minutes))
  if (planned <= 0) return [...phases]
  const exact = phases.map((phase) => (phase.minutes / planned) * target)
  const whole = exact.map((value) => Math.max(1, Math.floor(value)))
  let spare = target - whole.reduce((sum, value) => sum + value, 0)
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder)
  for (const { index } of byRemainder) {
    if (spare <= 0) break
    whole[index] = (whole[index] ?? 0) + 1
    spare -= 1
  }
  // Short phases raised to a minute take it from the longest ones.
  while (spare < 0) {
    const longest = whole.indexOf(Math.max(...whole))
    whole[longest] = (whole[longest] ?? 1) - 1
    spare += 1
  }
  return phases.map((phase, index) => ({ ...phase, minutes: whole[index] ?? phase.minutes }))
}
