import type { Debrief, DebriefRow } from '../../domain/session/debrief'
import type { Note, NoteTag, Session } from '../../domain/session/session'
import type { MessageId } from '../../i18n/message-id'
import type { Translator } from '../../i18n/translator'
import { formatLength, formatMinutes, say } from '../wording'

/**
 * A local calendar date as people write it on a record: "Tuesday, March 3, 2026", "Dienstag,
 * 3. März 2026". A time no calendar holds (a wrong clock's 1e300 ms) prints as a dash.
 */
export function formatLongDate(intl: Translator, ms: number): string {
  if (!isDate(ms)) return UNKNOWN
  return intl.formatDate(ms, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
}

/** A local time of day as the language reads it: "9:02 AM", "09:02"; a dash for no real time. */
export function formatTimeOfDay(intl: Translator, ms: number): string {
  if (!isDate(ms)) return UNKNOWN
  return intl.formatTime(ms, { hour: 'numeric', minute: '2-digit' })
}

const UNKNOWN = '—'

function isDate(ms: number): boolean {
  return !Number.isNaN(new Date(ms).getTime())
}

/**
 * When the session ran: "Tuesday, March 3, 2026, 9:02 AM to 12:41 PM". An unfinished session
 * says where its record stops; one never started says so.
 */
export function describeWhen(intl: Translator, debrief: Debrief): string {
  if (debrief.startedAt === null) return say(intl, 'sessions.when.notStarted')
  const day = formatLongDate(intl, debrief.startedAt)
  const start = formatTimeOfDay(intl, debrief.startedAt)
  if (debrief.endedAt !== null)
    return say(intl, 'print.debrief.whenEnded', {
      day,
      start,
      end: formatTimeOfDay(intl, debrief.endedAt),
    })
  const last = debrief.recordEndsAt ?? debrief.startedAt
  return say(intl, 'print.debrief.whenUnended', {
    day,
    start,
    last: formatTimeOfDay(intl, last),
  })
}

/** The optional details of a session, in print order, leaving out the ones not given. */
export function listSessionDetails(
  intl: Translator,
  session: Session,
): { label: string; value: string }[] {
  const details: { label: string; value: string }[] = []
  if (session.place.trim() !== '')
    details.push({ label: say(intl, 'print.details.place'), value: session.place.trim() })
  if (session.facilitator.trim() !== '')
    details.push({
      label: say(intl, 'print.details.facilitator'),
      value: session.facilitator.trim(),
    })
  if (session.participantCount !== null)
    details.push({
      label: say(intl, 'print.debrief.participants'),
      value: intl.formatNumber(session.participantCount),
    })
  return details
}

/** A detail's label as the language sets it before a value: "Place: ", "Lieu : ". */
export function labelDetail(intl: Translator, label: string): string {
  return say(intl, 'print.details.labelled', { label })
}

/** The overrun as words: "14 min over plan", "6 min under plan", "on plan". */
export function describeOverrun(intl: Translator, overrunMinutes: number): string {
  const direction = overrunMinutes === 0 ? 'same' : overrunMinutes > 0 ? 'over' : 'under'
  return say(intl, 'sessions.debrief.againstPlan', {
    direction,
    minutes: formatLength(intl, Math.abs(overrunMinutes)),
  })
}

/** A row's actual minus planned, signed, for tables and chart labels: "+2", "−1.5", "0". */
export function formatDifference(
  intl: Translator,
  row: Pick<DebriefRow, 'plannedMinutes' | 'actualMinutes'>,
): string {
  if (row.actualMinutes === null) return ''
  // Shown to the tenth the debrief keeps; the figures themselves come from buildDebrief.
  const difference = Math.round((row.actualMinutes - row.plannedMinutes) * 10) / 10
  if (difference === 0) return formatMinutes(0, intl)
  return difference > 0
    ? `+${formatMinutes(difference, intl)}`
    : `−${formatMinutes(-difference, intl)}`
}

/**
 * The one-sentence summary under the title: planned against actual in total and the overrun,
 * then how many notes of each kind.
 */
export function describeSummary(intl: Translator, debrief: Debrief): string {
  const unreached = debrief.rows.filter((row) => row.actualMinutes === null).length
  const planned = formatLength(intl, debrief.plannedMinutes)
  const actual = formatLength(intl, debrief.actualMinutes)
  const against = describeOverrun(intl, debrief.overrunMinutes)
  const timing =
    debrief.startedAt === null
      ? say(intl, 'print.debrief.notTimed', { planned })
      : unreached === 0
        ? say(intl, 'print.debrief.timed', { planned, actual, against })
        : say(intl, 'print.debrief.timedSoFar', { planned, actual, against, unreached })
  return `${timing} ${describeNoteCounts(intl, debrief)}`
}

const countMessages: Record<NoteTag | 'untagged', MessageId> = {
  action: 'print.debrief.count.action',
  parkingLot: 'print.debrief.count.parkingLot',
  insight: 'print.debrief.count.insight',
  question: 'print.debrief.count.question',
  untagged: 'print.debrief.count.untagged',
}

function describeNoteCounts(intl: Translator, debrief: Debrief): string {
  const counts = debrief.tagCounts
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0)
  if (total === 0) return say(intl, 'print.debrief.noNoteCount')
  const parts = (['action', 'parkingLot', 'insight', 'question', 'untagged'] as const)
    .filter((tag) => counts[tag] > 0)
    .map((tag) => say(intl, countMessages[tag], { count: counts[tag] }))
  return say(intl, 'print.debrief.noteCount', {
    total,
    parts: intl.formatList(parts, { type: 'conjunction' }),
  })
}

const tagMessages: Record<NoteTag, MessageId> = {
  action: 'print.debrief.tag.action',
  parkingLot: 'print.debrief.tag.parkingLot',
  insight: 'print.debrief.tag.insight',
  question: 'print.debrief.tag.question',
}

/** A note's tag as the debrief names it: "Insight", "Erkenntnis". */
export function nameTag(intl: Translator, tag: NoteTag): string {
  return say(intl, tagMessages[tag])
}

/**
 * Where a note was written: "My Network Map — Room debrief, 10:02 AM". A dash, because exercise
 * titles may themselves contain middle dots; a break's single phase is not named twice.
 */
export function describeNoteOrigin(intl: Translator, note: Note): string {
  const where = [note.itemTitle.trim(), note.phaseLabel.trim()].filter(
    (part, index, parts) => part !== '' && (index === 0 || part !== parts[0]),
  )
  return `${where.join(' — ')}, ${formatTimeOfDay(intl, note.at)}`
}

/** The phase and tag under a note in the notes section: "Room debrief · Insight". */
export function describeNoteLabel(intl: Translator, note: Note): string {
  const parts = [note.phaseLabel.trim()]
  if (note.tag !== null) parts.push(nameTag(intl, note.tag))
  return parts.filter((part) => part !== '').join(' · ')
}

/** The heads of the table of planned against actual minutes: "#", "Item", "Planned", … */
export function listTimingHeads(intl: Translator): string[] {
  return [
    '#',
    say(intl, 'print.runSheet.item'),
    say(intl, 'sessions.chart.keyPlanned'),
    say(intl, 'sessions.chart.keyActual'),
    say(intl, 'sessions.comparison.difference'),
  ]
}
