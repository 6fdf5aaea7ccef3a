import { formatClockTime } from '../../domain/run/schedule-tracking'
import type { Debrief, DebriefRow } from '../../domain/session/debrief'
import { tagNames } from '../../domain/session/debrief'
import type { Note, NoteTag, Session } from '../../domain/session/session'
import { formatDuration } from '../../domain/workshop/schedule'
import { formatMinutes } from '../wording'

// Written out rather than left to Intl, so the record reads the same on every machine and in tests.
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** A local calendar date as people write it on a record: "Tuesday 3 March 2026". */
export function formatLongDate(ms: number): string {
  const date = new Date(ms)
  return `${weekdays[date.getDay()] ?? ''} ${String(date.getDate())} ${months[date.getMonth()] ?? ''} ${String(date.getFullYear())}`
}

/**
 * When the session ran: "Tuesday 3 March 2026, 09:02 to 12:41". An unfinished session says
 * where its record stops; one never started says so.
 */
export function describeWhen(debrief: Debrief): string {
  if (debrief.startedAt === null) return 'Not started'
  const day = formatLongDate(debrief.startedAt)
  const start = formatClockTime(debrief.startedAt)
  if (debrief.endedAt !== null) return `${day}, ${start} to ${formatClockTime(debrief.endedAt)}`
  const last = debrief.recordEndsAt ?? debrief.startedAt
  return `${day}, from ${start} (not ended; the record stops at ${formatClockTime(last)})`
}

/** The optional details of a session, in print order, leaving out the ones not given. */
export function listSessionDetails(session: Session): { label: string; value: string }[] {
  const details: { label: string; value: string }[] = []
  if (session.place.trim() !== '') details.push({ label: 'Place', value: session.place.trim() })
  if (session.facilitator.trim() !== '')
    details.push({ label: 'Facilitator', value: session.facilitator.trim() })
  if (session.participantCount !== null)
    details.push({ label: 'Participants', value: String(session.participantCount) })
  return details
}

/** The overrun as words: "14 min over plan", "6 min under plan", "on plan". */
export function describeOverrun(overrunMinutes: number): string {
  if (overrunMinutes === 0) return 'on plan'
  const amount = formatDuration(Math.abs(overrunMinutes))
  return overrunMinutes > 0 ? `${amount} over plan` : `${amount} under plan`
}

/** A row's actual minus planned, signed, for tables and chart labels: "+2", "−1.5", "0". */
export function formatDifference(
  row: Pick<DebriefRow, 'plannedMinutes' | 'actualMinutes'>,
): string {
  if (row.actualMinutes === null) return ''
  // Shown to the tenth the debrief keeps; the figures themselves come from buildDebrief.
  const difference = Math.round((row.actualMinutes - row.plannedMinutes) * 10) / 10
  if (difference === 0) return '0'
  return difference > 0 ? `+${formatMinutes(difference)}` : `−${formatMinutes(-difference)}`
}

/**
 * The one-sentence summary under the title: planned against actual in total and the overrun,
 * then how many notes of each kind.
 */
export function describeSummary(debrief: Debrief): string {
  const unreached = debrief.rows.filter((row) => row.actualMinutes === null).length
  let timing: string
  if (debrief.startedAt === null) {
    timing = `Planned ${formatDuration(debrief.plannedMinutes)}; nothing was timed.`
  } else if (unreached === 0) {
    timing = `Planned ${formatDuration(debrief.plannedMinutes)}, took ${formatDuration(debrief.actualMinutes)}: ${describeOverrun(debrief.overrunMinutes)}.`
  } else {
    const items = unreached === 1 ? '1 item' : `${String(unreached)} items`
    timing = `Planned ${formatDuration(debrief.plannedMinutes)}; the items reached took ${formatDuration(debrief.actualMinutes)}: ${describeOverrun(debrief.overrunMinutes)} so far, with ${items} not reached.`
  }
  return `${timing} ${describeNoteCounts(debrief)}`
}

const countWords: Record<NoteTag, [string, string]> = {
  action: ['action', 'actions'],
  parkingLot: ['parking-lot item', 'parking-lot items'],
  insight: ['insight', 'insights'],
  question: ['question', 'questions'],
}

function describeNoteCounts(debrief: Debrief): string {
  const counts = debrief.tagCounts
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0)
  if (total === 0) return 'No notes.'
  const parts = (['action', 'parkingLot', 'insight', 'question'] as const)
    .filter((tag) => counts[tag] > 0)
    .map(
      (tag) =>
        `${String(counts[tag])} ${counts[tag] === 1 ? countWords[tag][0] : countWords[tag][1]}`,
    )
  if (counts.untagged > 0) parts.push(`${String(counts.untagged)} untagged`)
  return `${String(total)} ${total === 1 ? 'note' : 'notes'}: ${parts.join(', ')}.`
}

/**
 * Where a note was written: "My Network Map — Room debrief, 10:02". A dash, because exercise
 * titles may themselves contain middle dots; a break's single phase is not named twice.
 */
export function describeNoteOrigin(note: Note): string {
  const where = [note.itemTitle.trim(), note.phaseLabel.trim()].filter(
    (part, index, parts) => part !== '' && (index === 0 || part !== parts[0]),
  )
  return `${where.join(' — ')}, ${formatClockTime(note.at)}`
}

/** The phase and tag under a note in the notes section: "Room debrief · Insight". */
export function describeNoteLabel(note: Note): string {
  const parts = [note.phaseLabel.trim()]
  if (note.tag !== null) parts.push(tagNames[note.tag])
  return parts.filter((part) => part !== '').join(' · ')
}
