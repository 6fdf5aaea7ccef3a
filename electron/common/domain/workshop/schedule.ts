import type { AgendaItem, Workshop } from './schema'

/** Planned minutes of one agenda item: a break's own length, or the sum of an exercise's phases. */
export function itemMinutes(item: AgendaItem): number {
  if (item.kind === 'break') return item.minutes
  return item.phases.reduce((sum, phase) => sum + phase.minutes, 0)
}

/** Planned minutes of the whole workshop, breaks included. */
export function totalMinutes(workshop: Pick<Workshop, 'exercises'>): number {
  return workshop.exercises.reduce((sum, item) => sum + itemMinutes(item), 0)
}

/** Counts the exercises, leaving breaks out. */
export function countExercises(workshop: Pick<Workshop, 'exercises'>): number {
  return workshop.exercises.filter((item) => item.kind === 'exercise').length
}

/** One line of the agenda with its planned start, counted in minutes from the workshop's start. */
export interface AgendaLine {
  item: AgendaItem
  startMinute: number
  minutes: number
}

/** The agenda with each item's planned start offset. */
export function planAgenda(workshop: Pick<Workshop, 'exercises'>): AgendaLine[] {
  let start = 0
  return workshop.exercises.map((item) => {
    const minutes = itemMinutes(item)
    const line = { item, startMinute: start, minutes }
    start += minutes
    return line
  })
}

/** Formats minutes as a reader expects: "45 min", "1 h 30 min", "2 h". */
export function formatDuration(minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10
  if (rounded < 60) return `${formatNumber(rounded)} min`
  const hours = Math.floor(rounded / 60)
  const rest = Math.round((rounded - hours * 60) * 10) / 10
  return rest === 0 ? `${String(hours)} h` : `${String(hours)} h ${formatNumber(rest)} min`
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1)
}

/** Adds minutes to an "HH:MM" start and returns "HH:MM" (wrapping past midnight). */
export function clockTimeAfter(start: string, minutes: number): string {
  const [hours = 0, mins = 0] = start.split(':').map(Number)
  const total = (((hours * 60 + mins + Math.round(minutes)) % 1440) + 1440) % 1440
  const hh = String(Math.floor(total / 60)).padStart(2, '0')
  const mm = String(total % 60).padStart(2, '0')
  return `${hh}:${mm}`
}
