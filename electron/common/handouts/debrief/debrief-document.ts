import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { buildDebrief, type Debrief, type DebriefRow } from '../../domain/session/debrief'
import type { Note, Session } from '../../domain/session/session'
import type { MessageId } from '../../i18n/message-id'
import { inWorkshopLanguage } from '../build-handout'
import { buildChecklist } from '../checklist'
import { estimateTextHeight } from '../page-fit'
import type { HandoutOptions } from '../options'
import { frameDocument } from '../page-frame'
import { compactTableLayout } from '../table-layout'
import { createTheme, type HandoutTheme } from '../theme'
import { formatLength, formatMinutes, say } from '../wording'
import { buildDebriefGroups } from '../groups/rotation-table'
import { buildDebriefChart } from './debrief-chart'
import {
  describeNoteOrigin,
  describeOverrun,
  describeSummary,
  describeWhen,
  formatDifference,
  formatLongDate,
  formatTimeOfDay,
  labelDetail,
  listTimingHeads,
  listSessionDetails,
  nameTag,
} from './debrief-wording'

/**
 * How a debrief prints: the paper, large print or not, and the language of its words (the
 * workshop's when not given: the debrief is the record of a session run in that language).
 */
export type DebriefOptions = Pick<HandoutOptions, 'paper' | 'largePrint' | 'language'>

/**
 * Builds the pdfmake document of a session's debrief, a record to send on: when, where and a
 * summary, the actions and parking-lot items to follow up, a chart and a table of planned
 * against actual minutes, then every note by exercise. The figures come from
 * {@link buildDebrief}; the page frame (footer, page count, credit) is the handouts' own.
 */
export function buildDebriefDocument(
  session: Session,
  options: DebriefOptions,
): TDocumentDefinitions {
  const debrief = buildDebrief(session)
  const theme = createTheme(inWorkshopLanguage(session.workshop, options))
  const { intl } = theme
  const content: Content[] = [
    buildHeader(session, debrief, theme),
    buildNoteChecklist(
      'sessions.debrief.actionsList',
      debrief.actions,
      'sessions.debrief.noActions',
      theme,
    ),
    buildNoteChecklist(
      'sessions.debrief.parkingLotList',
      debrief.parkingLot,
      'sessions.debrief.nothingParked',
      theme,
    ),
    {
      stack: [
        { text: say(intl, 'sessions.chart.heading'), style: 'heading', margin: [0, 0, 0, 8] },
      ],
      pageBreak: 'before',
    },
    buildDebriefChart(debrief, theme),
    buildTimingTable(debrief, theme),
    ...buildNotesByItem(debrief, theme),
    ...buildDebriefGroups(session, theme),
  ]
  const subject =
    debrief.startedAt === null
      ? say(intl, 'print.debrief.subjectNotStarted')
      : say(intl, 'print.debrief.subject', { day: formatLongDate(intl, debrief.startedAt) })
  return frameDocument(session.workshop, theme, subject, content)
}

function buildHeader(session: Session, debrief: Debrief, theme: HandoutTheme): Content {
  const { intl } = theme
  const details = listSessionDetails(intl, session)
  const parts: Content[] = [
    { text: say(intl, 'print.debrief.kicker'), style: 'kicker', margin: [0, 0, 0, 3] },
    { text: debrief.title, style: 'title', margin: [0, 0, 0, 4] },
    { text: describeWhen(intl, debrief), margin: [0, 0, 0, 2] },
  ]
  if (details.length > 0) {
    parts.push({
      text: details.flatMap((detail, index) => [
        { text: `${index === 0 ? '' : '     '}${labelDetail(intl, detail.label)}`, bold: true },
        { text: detail.value },
      ]),
      margin: [0, 0, 0, 2],
    })
  }
  parts.push({
    table: {
      widths: ['*'],
      body: [[{ text: describeSummary(intl, debrief), margin: [4, 4, 4, 4] }]],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      fillColor: () => theme.tint,
    },
    margin: [0, 10, 0, 4],
  })
  return { stack: parts }
}

function buildNoteChecklist(
  heading: MessageId,
  notes: Note[],
  empty: MessageId,
  theme: HandoutTheme,
): Content {
  const { intl } = theme
  const title: Content = { text: say(intl, heading), style: 'heading', margin: [0, 16, 0, 6] }
  if (notes.length === 0) return { stack: [title, { text: say(intl, empty), style: 'hint' }] }
  const entries = notes.map((note) => ({
    content: {
      stack: [{ text: note.text }, { text: describeNoteOrigin(intl, note), style: 'small' }],
      margin: [0, 0, 0, 3],
    } satisfies Content,
    height:
      estimateTextHeight(note.text, theme.body, theme.contentWidth - 20) + theme.small * 2 + 3,
  }))
  return buildChecklist(title, entries, theme)
}

/** Fixed column widths, so a cell can rule a line exactly as wide as its column. */
function timingColumnWidths(theme: HandoutTheme): number[] {
  const numbers = [22, 48, 48, 64]
  const padding = 8 * 5
  const item = theme.contentWidth - padding - numbers.reduce((sum, width) => sum + width, 0)
  return [numbers[0] ?? 22, item, ...numbers.slice(1)]
}

function buildTimingTable(debrief: Debrief, theme: HandoutTheme): Content {
  const { intl } = theme
  const widths = timingColumnWidths(theme)
  const head: TableCell[] = listTimingHeads(intl).map((text, index) => ({
    text,
    style: 'tableHead',
    alignment: index === 1 ? 'left' : 'right',
  }))
  const rows: TableCell[][] = debrief.rows.map((row) => [
    { text: String(row.itemIndex + 1), alignment: 'right' },
    { text: row.title, italics: row.kind === 'break' },
    { text: formatMinutes(row.plannedMinutes, intl), alignment: 'right' },
    row.actualMinutes === null
      ? { text: say(intl, 'sessions.chart.notReached'), style: 'small', alignment: 'right' }
      : { text: formatMinutes(row.actualMinutes, intl), alignment: 'right' },
    { text: formatDifference(intl, row), alignment: 'right' },
  ])
  const total: TableCell[] = [
    { text: '' },
    { text: say(intl, 'print.runSheet.total'), style: 'strong' },
    { text: formatMinutes(debrief.plannedMinutes, intl), style: 'strong', alignment: 'right' },
    { text: formatMinutes(debrief.actualMinutes, intl), style: 'strong', alignment: 'right' },
    {
      text: formatDifference(intl, { plannedMinutes: 0, actualMinutes: debrief.overrunMinutes }),
      style: 'strong',
      alignment: 'right',
    },
  ]
  return {
    stack: [
      {
        table: {
          headerRows: 1,
          // The header never sits alone at a page's foot: it comes with at least one row.
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths,
          body: [head, ...withTotalJoined(rows, total, widths, theme)],
        },
        layout: compactTableLayout(theme),
        // The chart above carries the picture; the table is for exact figures, so it sets small.
        fontSize: theme.small + 0.5,
      },
      {
        text: `${say(intl, 'print.debrief.totalOverrun', { against: describeOverrun(intl, debrief.overrunMinutes) })} ${say(intl, 'print.debrief.wallTime')}`,
        style: 'small',
        margin: [0, 4, 0, 0],
      },
    ],
    margin: [0, 14, 0, 0],
  }
}

/**
 * The last item's row and the total as one unbreakable row, ruled between, so the total always
 * follows an item on its page and never starts a page on its own under a repeated header.
 */
function withTotalJoined(
  rows: TableCell[][],
  total: TableCell[],
  widths: number[],
  theme: HandoutTheme,
): TableCell[][] {
  const last = rows.at(-1)
  if (last === undefined) return [total]
  const joined: TableCell[] = last.map((cell, column) => ({
    stack: [
      cell as Content,
      {
        canvas: [
          {
            type: 'line',
            x1: -4,
            y1: 3,
            x2: (widths[column] ?? 0) + 4,
            y2: 3,
            lineWidth: 0.4,
            lineColor: theme.rule,
          },
        ],
        margin: [0, 0, 0, 6],
      },
      total[column] as Content,
    ],
  }))
  return [...rows.slice(0, -1), joined]
}

function buildNotesByItem(debrief: Debrief, theme: HandoutTheme): Content[] {
  const { intl } = theme
  const heading: Content = {
    text: say(intl, 'sessions.debrief.notesByExercise'),
    style: 'heading',
    margin: [0, 0, 0, 4],
  }
  const withNotes = debrief.rows.filter((row) => row.notes.length > 0)
  if (withNotes.length === 0)
    return [
      {
        stack: [heading, { text: say(intl, 'print.debrief.noNotes'), style: 'hint' }],
        margin: [0, 18, 0, 0],
      },
    ]
  // No page break before: the notes follow the table, so its last rows never sit on a page alone.
  return [
    { ...heading, margin: [0, 22, 0, 0] },
    ...withNotes.map((row) => buildItemNotes(row, theme)),
  ]
}

function buildItemNotes(row: DebriefRow, theme: HandoutTheme): Content {
  const { intl } = theme
  const planned = formatLength(intl, row.plannedMinutes)
  const timing =
    row.actualMinutes === null
      ? say(intl, 'print.debrief.itemPlanned', { planned })
      : say(intl, 'print.debrief.itemTook', {
          planned,
          actual: formatLength(intl, row.actualMinutes),
        })
  const header: Content = {
    stack: [
      { text: `${String(row.itemIndex + 1)}. ${row.title}`, style: 'label' },
      { text: timing, style: 'small' },
    ],
    margin: [0, 12, 0, 4],
  }
  // Room for the latest time of day the language writes: "12:59" or the wider "12:59 PM".
  const widest = formatTimeOfDay(intl, new Date(2000, 0, 1, 12, 59).getTime())
  const timeWidth = (theme.largePrint ? 52 : 38) * (widest.length > 5 ? 1.5 : 1)
  const notes: Content[] = row.notes.map((note) => ({
    columns: [
      { width: timeWidth, text: formatTimeOfDay(intl, note.at), bold: true },
      {
        width: '*',
        stack: [{ text: note.text }, buildNoteLabel(note, theme)],
      },
    ],
    margin: [0, 0, 0, 5],
    unbreakable: true,
  }))
  const [first, ...rest] = notes
  return {
    stack: [
      { stack: first === undefined ? [header] : [header, first], unbreakable: true },
      ...rest,
    ],
  }
}

/** The phase a note was written in, then its tag in bold so tagged notes stand out when skimming. */
function buildNoteLabel(note: Note, theme: HandoutTheme): Content {
  const phase = note.phaseLabel.trim()
  const tag = note.tag === null ? '' : nameTag(theme.intl, note.tag)
  return {
    text: [
      { text: phase },
      { text: phase !== '' && tag !== '' ? ' · ' : '' },
      { text: tag, style: 'strong' },
    ],
    style: 'small',
  }
}
