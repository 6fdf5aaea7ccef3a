import { buildDebrief, type Debrief, type DebriefRow } from '../../domain/session/debrief'
import type { Note, Session } from '../../domain/session/session'
import type { MessageLanguage } from '../../i18n/locales'
import type { MessageId } from '../../i18n/message-id'
import { translatorFor, type Translator } from '../../i18n/translator'
import { formatMinutes, say } from '../wording'
import {
  describeNoteLabel,
  describeOverrun,
  describeNoteOrigin,
  describeSummary,
  describeWhen,
  formatDifference,
  formatTimeOfDay,
  labelDetail,
  listSessionDetails,
  listTimingHeads,
} from './debrief-wording'
import { escapeListText, escapeMarkdown, escapeTableCell } from './markdown-escape'
import { buildRotationMarkdown } from '../groups/rotation-table'

/**
 * The debrief of a session as Markdown, to paste into an email or a shared folder: the title, when
 * and where, a summary, the actions and parking-lot items first (as checklists, each with where
 * it came from), the plan against what happened as a table, then every note by exercise. All
 * figures come from {@link buildDebrief}; everything people typed is escaped. Its words are in
 * `language`, by default the workshop's, as in the PDF.
 */
export function buildDebriefMarkdown(
  session: Session,
  language: MessageLanguage = session.workshop.language ?? 'en',
): string {
  const intl = translatorFor(language)
  const debrief = buildDebrief(session)
  const sections = [
    buildHeader(intl, session, debrief),
    buildChecklist(
      intl,
      'sessions.debrief.actionsList',
      debrief.actions,
      'sessions.debrief.noActions',
    ),
    buildChecklist(
      intl,
      'sessions.debrief.parkingLotList',
      debrief.parkingLot,
      'sessions.debrief.nothingParked',
    ),
    buildTimingTable(intl, debrief),
    buildNotesByItem(intl, debrief),
  ]
  if (session.roster !== null)
    sections.push(buildRotationMarkdown(session.workshop, session.roster, escapeMarkdown, intl))
  const credit = session.workshop.credits[0]
  if (credit !== undefined && credit.trim() !== '')
    sections.push(`---\n\n_${escapeMarkdown(credit)}_`)
  return `${sections.join('\n\n')}\n`
}

function buildHeader(intl: Translator, session: Session, debrief: Debrief): string {
  const detail = (label: string, value: string) =>
    `**${labelDetail(intl, label).trimEnd()}** ${escapeMarkdown(value)}`
  const lines = [
    `# ${say(intl, 'print.debrief.markdownTitle', { title: escapeMarkdown(debrief.title) })}`,
    '',
    // Each detail ends in a hard break so they stack as lines without becoming a list.
    [
      detail(say(intl, 'print.debrief.when'), describeWhen(intl, debrief)),
      ...listSessionDetails(intl, session).map(({ label, value }) => detail(label, value)),
    ].join('\\\n'),
    '',
    escapeMarkdown(describeSummary(intl, debrief)),
  ]
  return lines.join('\n')
}

function buildChecklist(
  intl: Translator,
  headingId: MessageId,
  notes: Note[],
  emptyId: MessageId,
): string {
  const heading = say(intl, headingId)
  if (notes.length === 0) return `## ${heading}\n\n_${say(intl, emptyId)}_`
  const items = notes.map(
    (note) =>
      `- [ ] ${escapeListText(note.text, 6)}\\\n      _${escapeMarkdown(describeNoteOrigin(intl, note))}_`,
  )
  return `## ${heading}\n\n${items.join('\n')}`
}

function buildTimingTable(intl: Translator, debrief: Debrief): string {
  const minutes = (value: number | null) =>
    value === null ? say(intl, 'sessions.chart.notReached') : formatMinutes(value, intl)
  const rows = debrief.rows.map((row) =>
    tableRow([
      String(row.itemIndex + 1),
      row.kind === 'break' ? `_${escapeTableCell(row.title)}_` : escapeTableCell(row.title),
      formatMinutes(row.plannedMinutes, intl),
      minutes(row.actualMinutes),
      formatDifference(intl, row),
    ]),
  )
  const total = tableRow([
    '',
    `**${say(intl, 'print.runSheet.total')}**`,
    `**${formatMinutes(debrief.plannedMinutes, intl)}**`,
    `**${formatMinutes(debrief.actualMinutes, intl)}**`,
    `**${formatDifference(intl, { plannedMinutes: 0, actualMinutes: debrief.overrunMinutes })}**`,
  ])
  return [
    `## ${say(intl, 'sessions.chart.heading')}`,
    '',
    tableRow(listTimingHeads(intl)),
    '| ---: | --- | ---: | ---: | ---: |',
    ...rows,
    total,
    '',
    say(intl, 'print.debrief.totalOverrun', {
      against: describeOverrun(intl, debrief.overrunMinutes),
    }),
  ].join('\n')
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

function buildNotesByItem(intl: Translator, debrief: Debrief): string {
  const heading = `## ${say(intl, 'sessions.debrief.notesByExercise')}`
  const withNotes = debrief.rows.filter((row) => row.notes.length > 0)
  if (withNotes.length === 0) return `${heading}\n\n_${say(intl, 'print.debrief.noNotes')}_`
  return [heading, ...withNotes.map((row) => buildItemNotes(intl, row))].join('\n\n')
}

function buildItemNotes(intl: Translator, row: DebriefRow): string {
  const notes = row.notes.map((note) => {
    const label = describeNoteLabel(intl, note)
    const stamp = `**${formatTimeOfDay(intl, note.at)}**${label === '' ? '' : ` _${escapeMarkdown(label)}_`}`
    return `- ${stamp}: ${escapeListText(note.text, 2)}`
  })
  return `### ${String(row.itemIndex + 1)}. ${escapeMarkdown(row.title)}\n\n${notes.join('\n')}`
}
