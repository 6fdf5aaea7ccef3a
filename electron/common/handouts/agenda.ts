import type { Content, TableCell } from 'pdfmake/interfaces'
import type { Workshop } from '../domain/workshop/schema'
import { clockTimeAfter, planAgenda, totalMinutes } from '../domain/workshop/schedule'
import { estimateTextHeight, fitsOnOnePage } from './page-fit'
import type { HandoutTheme } from './theme'
import { formatClock, formatElapsed, formatLength, say } from './wording'
import type { Translator } from '../i18n/translator'
import { describeFormatIn } from './grouping-words'

/** The planned time of a moment in the workshop: clock time when it has a start, else elapsed. */
export function formatPlannedTime(workshop: Workshop, minute: number, intl: Translator): string {
  return workshop.plannedStart === null
    ? formatElapsed(minute)
    : formatClock(intl, clockTimeAfter(workshop.plannedStart, minute))
}

/** One line under the title: "09:00 to 12:25 · 3 h 25 min · 12 exercises". */
export function describeSpan(workshop: Workshop, intl: Translator): string {
  const total = totalMinutes(workshop)
  const exercises = workshop.exercises.filter((item) => item.kind === 'exercise').length
  const parts = [formatLength(intl, total), say(intl, 'print.span.exercises', { count: exercises })]
  if (workshop.plannedStart !== null) {
    parts.unshift(
      say(intl, 'print.span.times', {
        start: formatClock(intl, workshop.plannedStart),
        end: formatClock(intl, clockTimeAfter(workshop.plannedStart, total)),
      }),
    )
  }
  return parts.join('   ·   ')
}

/**
 * The participants' agenda: when each part starts, what it is and how people work, grouped
 * under the workshop's focus areas. Facilitator notes stay on the run sheet.
 */
export function buildParticipantAgenda(workshop: Workshop, theme: HandoutTheme): Content {
  const areaTitles = new Map(workshop.focusAreas.map((area) => [area.id, area.title]))
  const { intl } = theme
  const optional = say(intl, 'print.optional')
  const head: TableCell[] = [
    {
      text: say(
        intl,
        workshop.plannedStart === null ? 'print.agenda.elapsed' : 'print.agenda.time',
      ),
      style: 'tableHead',
    },
    { text: say(intl, 'print.agenda.what'), style: 'tableHead' },
    { text: say(intl, 'print.agenda.how'), style: 'tableHead' },
    { text: say(intl, 'print.agenda.length'), style: 'tableHead', alignment: 'right' },
  ]
  // One table a focus area, each headed by its area and kept whole: a long agenda (large print)
  // turns the page between areas, never inside one, so it never reads as two unrelated tables.
  const groups: TableCell[][][] = [[head]]
  // Each group's titles, to estimate how tall it prints.
  const titles: string[][] = [['']]
  let currentArea: string | null = null
  for (const line of planAgenda(workshop)) {
    const { item } = line
    if (item.kind === 'exercise' && item.focusAreaId !== null && item.focusAreaId !== currentArea) {
      currentArea = item.focusAreaId
      groups.push([
        [
          {
            text: areaTitles.get(item.focusAreaId) ?? item.focusAreaId,
            colSpan: 4,
            style: 'strong',
            fillColor: theme.tint,
          },
          {},
          {},
          {},
        ],
      ])
      titles.push([areaTitles.get(item.focusAreaId) ?? item.focusAreaId])
    }
    const isBreak = item.kind === 'break'
    titles.at(-1)?.push(`${item.title} ${optional}`)
    groups.at(-1)?.push([
      { text: formatPlannedTime(workshop, line.startMinute, intl) },
      {
        text: [
          { text: item.title, style: isBreak ? 'emphasis' : 'strong' },
          ...(item.kind === 'exercise' && item.optional
            ? [{ text: `  ${optional}`, style: 'small' }]
            : []),
        ],
      },
      {
        text: isBreak ? '' : describeFormatIn(intl, item.format),
        style: 'small',
      },
      { text: formatLength(intl, line.minutes), alignment: 'right', noWrap: true },
    ])
  }
  const widths = [theme.largePrint ? 62 : 46, '*', theme.largePrint ? 120 : 96, 'auto']
  // The title column: the page less the time, format and length columns.
  const titleWidth = theme.contentWidth - (theme.largePrint ? 62 + 120 + 90 : 46 + 96 + 70)
  // When the agenda opens with a focus area, the column heads go above its band.
  const [first, second] = groups
  if (first?.length === 1 && second !== undefined) {
    second.unshift(head)
    titles[1]?.unshift('')
    groups.shift()
    titles.shift()
  }
  const tables: Content[] = groups.flatMap((body, index) =>
    body.length === 1 && body[0] === head
      ? []
      : [
          {
            table: { widths, body, dontBreakRows: true },
            layout: {
              hLineWidth: (line: number) =>
                index === 0 && line === 1 ? 1 : line === 0 && index > 0 ? 0 : 0.5,
              vLineWidth: () => 0,
              hLineColor: () => theme.rule,
              paddingTop: () => 5,
              paddingBottom: () => 5,
              paddingLeft: () => 4,
              paddingRight: () => 4,
            },
            unbreakable: fitsOnOnePage(
              (titles[index] ?? []).reduce(
                (sum, title) => sum + estimateTextHeight(title, theme.body, titleWidth) + 12,
                0,
              ),
              theme,
            ),
          },
        ],
  )
  return {
    stack: [
      { text: say(intl, 'print.agenda.title'), style: 'title', margin: [0, 0, 0, 4] },
      { text: describeSpan(workshop, intl), style: 'small', margin: [0, 0, 0, 14] },
      ...tables,
    ],
    pageBreak: 'before',
  }
}
