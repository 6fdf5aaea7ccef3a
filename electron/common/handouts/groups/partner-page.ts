import type { Content } from 'pdfmake/interfaces'
import { personRounds } from '../../domain/grouping/round-view'
import type { SessionRoster } from '../../domain/grouping/session-roster'
import type { Workshop } from '../../domain/workshop/schema'
import { estimateWrappedHeight } from '../page-fit'
import { compactTableLayout } from '../table-layout'
import type { HandoutTheme } from '../theme'
import { say } from '../wording'

/**
 * A named pack's first page: whose pack it is (the name carries `anchor`, for the batch cover's
 * page reference), then their partners and roles in every round. A table too long for the name
 * page runs on in chunks of whole rows, each from a fresh page under the title marked
 * "(continued)" and the column heads: pdfmake would repeat only the heads, and a reader there
 * would see a table with no name.
 */
export function buildPartnerPage(
  workshop: Workshop,
  roster: SessionRoster,
  personId: string,
  name: string,
  anchor: string,
  theme: HandoutTheme,
): Content {
  const title = say(theme.intl, 'print.namedPacks.partners')
  const heads = [
    say(theme.intl, 'print.namedPacks.exercise'),
    say(theme.intl, 'print.namedPacks.with'),
    say(theme.intl, 'print.namedPacks.role'),
  ]
  const rows = personRounds(workshop, roster, personId).map((row) => [
    row.exerciseTitle,
    theme.intl.formatList(row.partners, { type: 'unit' }),
    row.role ?? '—',
  ])
  const widths = [theme.contentWidth * 0.34, theme.contentWidth * 0.28]
  widths.push(theme.contentWidth - (widths[0] ?? 0) - (widths[1] ?? 0))
  // A step smaller in large print (still 14 pt), so a day of rounds takes fewer pages.
  const fontSize = theme.largePrint ? theme.small : theme.body
  // Each cell wrapped to its column less the padding; the row as tall as its tallest cell.
  const measureRow = (cells: readonly string[], size: number, bold = false) =>
    Math.max(
      ...cells.map((text, column) =>
        estimateWrappedHeight(text, size, (widths[column] ?? theme.contentWidth) - 8, { bold }),
      ),
    ) + 7
  const headingSize = Math.round(theme.body * 1.35 * 10) / 10
  const measureHeading = (text: string) =>
    estimateWrappedHeight(text, headingSize, theme.contentWidth, { lineHeight: 1.1, bold: true }) +
    6
  const nameHeight =
    theme.small * 1.25 +
    3 +
    estimateWrappedHeight(name, Math.round(theme.body * 2.6 * 10) / 10, theme.contentWidth, {
      lineHeight: 1.1,
      bold: true,
    }) +
    16
  const chunks = splitRows(
    rows.map((cells) => measureRow(cells, fontSize)),
    measureRow(heads, theme.small + 0.5, true),
    [
      theme.contentHeight - nameHeight - measureHeading(title),
      theme.contentHeight - measureHeading(say(theme.intl, 'print.continued', { label: title })),
    ],
  )
  const buildTable = (from: number, to: number): Content => ({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        heads.map((text) => ({ text, style: 'tableHead' })),
        ...rows.slice(from, to).map((cells) => cells.map((text) => ({ text }))),
      ],
    },
    layout: compactTableLayout(theme),
    fontSize: theme.largePrint ? theme.small : undefined,
  })
  return {
    stack: [
      {
        text: say(theme.intl, 'print.namedPacks.belongsTo'),
        style: 'kicker',
        margin: [0, 0, 0, 3],
      },
      { text: name, style: 'coverTitle', margin: [0, 0, 0, 16], id: anchor },
      ...chunks.map(([from, to], index): Content => ({
        stack: [
          {
            text: index === 0 ? title : say(theme.intl, 'print.continued', { label: title }),
            style: 'heading',
            margin: [0, 0, 0, 6],
          },
          buildTable(from, to),
        ],
        pageBreak: index === 0 ? undefined : 'before',
      })),
    ],
  }
}

/**
 * Whole rows in runs that each fit a page by the estimates of wrapped text: `rooms` holds the
 * height free for the first run (under the name) and for every later one (a fresh page). The
 * runs are not kept unbreakable, so an estimate that is wrong costs a page's heads without their
 * title, never the rows themselves; the twentieth kept spare takes what the estimates miss.
 */
function splitRows(
  rowHeights: readonly number[],
  headHeight: number,
  rooms: readonly [number, number],
): [number, number][] {
  const chunks: [number, number][] = []
  let from = 0
  while (from < rowHeights.length || chunks.length === 0) {
    const room = (chunks.length === 0 ? rooms[0] : rooms[1]) * 0.95
    let to = from
    let height = headHeight
    while (to < rowHeights.length && height + (rowHeights[to] ?? 0) <= room) {
      height += rowHeights[to] ?? 0
      to += 1
    }
    // A run takes at least one row, or a row taller than a page would never be set.
    if (to === from && from < rowHeights.length) to += 1
    chunks.push([from, to])
    from = to
  }
  // The last page takes rows from the one before while it stays the shorter, so a run never
  // ends on a page holding one row alone.
  const last = chunks.at(-1)
  const before = chunks.at(-2)
  if (last !== undefined && before !== undefined) {
    const sum = ([start, end]: [number, number]) =>
      rowHeights.slice(start, end).reduce((total, height) => total + height, 0)
    while (before[1] - before[0] > 1) {
      const moving = rowHeights[before[1] - 1] ?? 0
      if (sum(last) + moving > sum(before) - moving) break
      before[1] -= 1
      last[0] -= 1
    }
  }
  return chunks
}
