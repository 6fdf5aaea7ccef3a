import { planAgenda } from '../schedule'
import type { Workshop } from '../schema'

/** When and where a calendar of the agenda is set: a date, a start time, and the room. */
export interface CalendarPlan {
  /** "YYYY-MM-DD". */
  date: string
  /** "HH:MM", 24-hour. */
  start: string
  place: string
  /** Stamped on each event as DTSTAMP; events keep stable UIDs, so a re-import updates them. */
  stampedAt: number
}

// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, line breaks written as \n.
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n')
}

// RFC 5545 §3.1: lines longer than 75 octets are folded, continuing after CRLF and a space.
// Folding counts UTF-8 bytes and never splits a character.
function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let bytes = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
      bytes = 0
    }
    current += char
    bytes += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** A local date and time in the calendar's floating form: 20261203T093000. */
function localStamp(date: string, minuteOfDay: number): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number)
  const at = new Date(Date.UTC(year, month - 1, day, 0, minuteOfDay))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(at.getUTCFullYear())}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}00`
}

function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`
}

/**
 * The session plan as an iCalendar file: one event per exercise and break from the given date
 * and start, with the room as its location and the phases and prompts in its description, for the
 * facilitator and co-facilitators to add to their calendars. Times are floating (local to
 * whoever opens it), as a workshop happens at a wall-clock time in its own room.
 */
export function buildAgendaCalendar(workshop: Workshop, plan: CalendarPlan): string {
  const [hours = 0, minutes = 0] = plan.start.split(':').map(Number)
  const startOfDay = hours * 60 + minutes
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Facilitator//Workshop agenda//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(workshop.title)}`,
  ]
  for (const { item, startMinute, minutes: length } of planAgenda(workshop)) {
    const description =
      item.kind === 'break'
        ? item.roomText
        : [
            item.purpose,
            ...item.phases.map((phase) =>
              [
                `${phase.label} (${String(phase.minutes)} min)`,
                ...phase.prompts.map((p) => `- ${p}`),
              ].join('\n'),
            ),
          ].join('\n\n')
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.id}-${plan.date}-${plan.start.replace(':', '')}@facilitator`,
      `DTSTAMP:${utcStamp(plan.stampedAt)}`,
      `DTSTART:${localStamp(plan.date, startOfDay + startMinute)}`,
      `DTEND:${localStamp(plan.date, startOfDay + startMinute + length)}`,
      `SUMMARY:${escapeText(`${item.title}${item.kind === 'break' ? '' : ` · ${workshop.title}`}`)}`,
      ...(plan.place.trim() === '' ? [] : [`LOCATION:${escapeText(plan.place.trim())}`]),
      ...(description.trim() === '' ? [] : [`DESCRIPTION:${escapeText(description)}`]),
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
