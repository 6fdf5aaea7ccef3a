import { formatClockTime } from '../../domain/run/schedule-tracking'
import { buildDebrief, type Debrief, type DebriefRow } from '../../domain/session/debrief'
import type { Note, Session } from '../../domain/session/session'
import { formatMinutes } from '../wording'
import {
  describeNoteLabel,
  describeOverrun,
  describeNoteOrigin,
  describeSummary,
  describeWhen,
  formatDifference,
  listSessionDetails,
} from './debrief-wording'
import { escapeListText, escapeMarkdown, escapeTableCell } from './markdown-escape'
import { buildRotationMarkdown } from '../groups/rotation-table'

/**
 * The debrief of a session as Markdown, to paste into an email or a shared folder: the title, when
 * and where, a summary, the actions and parking-lot items first (as checklists, each with where
 * it came from), the plan against what happened as a table, then every note by exercise. All
 * figures come from {@link buildDebrief}; everything people typed is escaped.
 */
export function buildDebriefMarkdown(session: Session): string {
  const debrief = buildDebrief(session)
  const sections = [
    buildHeader(session, debrief),
    buildChecklist('Actions', debrief.actions, 'No actions were noted.'),
    buildChecklist('Parking lot', debrief.parkingLot, 'Nothing was parked.'),
    buildTimingTable(debrief),
    buildNotesByItem(debrief),
  ]
  if (session.roster !== null)
    sections.push(buildRotationMarkdown(session.workshop, session.roster, escapeMarkdown))
  const credit = session.workshop.credits[0]
  if (credit !== undefined && credit.trim() !== '')
    sections.push(`---\n\n_${escapeMarkdown(credit)}_`)
  return `${sections.join('\n\n')}\n`
}

function buildHeader(session: Session, debrief: Debrief): string {
  const lines = [
    `# ${escapeMarkdown(debrief.title)}: session debrief`,
    '',
    // Each detail ends in a hard break so they stack as lines without becoming a list.
    [
      `**When:** ${escapeMarkdown(describeWhen(debrief))}`,
      ...listSessionDetails(session).map(
        (detail) => `**${detail.label}:** ${escapeMarkdown(detail.value)}`,
      ),
    ].join('\\\n'),
    '',
    escapeMarkdown(describeSummary(debrief)),
  ]
  return lines.join('\n')
}

function buildChecklist(heading: string, notes: Note[], empty: string): string {
  if (notes.length === 0) return `## ${heading}\n\n_${empty}_`
  const items = notes.map(
    (note) =>
      `- [ ] ${escapeListText(note.text, 6)}\\\n      _${escapeMarkdown(describeNoteOrigin(note))}_`,
  )
  return `## ${heading}\n\n${items.join('\n')}`
}

function buildTimingTable(debrief: Debrief): string {
  const minutes = (value: number | null) => (value === null ? 'not reached' : formatMinutes(value))
  const rows = debrief.rows.map((row) =>
    tableRow([
      String(row.itemIndex + 1),
      row.kind === 'break' ? `_${escapeTableCell(row.title)}_` : escapeTableCell(row.title),
      formatMinutes(row.plannedMinutes),
      minutes(row.actualMinutes),
      formatDifference(row),
    ]),
  )
  const total = tableRow([
    '',
    '**Total**',
    `**${formatMinutes(debrief.plannedMinutes)}**`,
    `**${formatMinutes(debrief.actualMinutes)}**`,
    `**${signed(debrief.overrunMinutes)}**`,
  ])
  return [
    '## Planned and actual minutes',
    '',
    tableRow(['#', 'Item', 'Planned', 'Actual', 'Difference']),
    '| ---: | --- | ---: | ---: | ---: |',
    ...rows,
    total,
    '',
    `Total overrun, over the items reached: ${describeOverrun(debrief.overrunMinutes)}.`,
  ].join('\n')
}

function signed(minutes: number): string {
  return formatDifference({ plannedMinutes: 0, actualMinutes: minutes })
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

function buildNotesByItem(debrief: Debrief): string {
  const withNotes = debrief.rows.filter((row) => row.notes.length > 0)
  if (withNotes.length === 0) return '## Notes by exercise\n\n_No notes were taken._'
  return ['## Notes by exercise', ...withNotes.map(buildItemNotes)].join('\n\n')
}

function buildItemNotes(row: DebriefRow): string {
  const notes = row.notes.map((note) => {
    const label = describeNoteLabel(note)
    const stamp = `**${formatClockTime(note.at)}**${label === '' ? '' : ` _${escapeMarkdown(label)}_`}`
    return `- ${stamp}: ${escapeListText(note.text, 2)}`
  })
  return `### ${String(row.itemIndex + 1)}. ${escapeMarkdown(row.title)}\n\n${notes.join('\n')}`
}
