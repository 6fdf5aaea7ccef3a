import { formatMinutes } from './human-minutes'

/** "12 exercises · 3 h 45 min" */
export function describeSize(exerciseCount: number, minutes: number): string {
  const exercises = exerciseCount === 1 ? '1 exercise' : `${String(exerciseCount)} exercises`
  return `${exercises} · ${formatMinutes(minutes)}`
}
