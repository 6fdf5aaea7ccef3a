import type { Content, TableCell } from 'pdfmake/interfaces'
import type { Workshop } from '../../domain/workshop/schema'
import { estimateWrappedHeight } from '../page-fit'
import { compactTableLayout } from '../table-layout'
import type { HandoutTheme } from '../theme'
import { say } from '../wording'

/** One pack as the cover lists it: whose, the id of its name line, and its page count. */
export interface CoverPack {
  name: string
  anchor: string
  /** Pages the pack takes, its blank back included double-sided; unknown leaves the cell empty. */
  pages: number | undefined
}

/**
 * Type sizes on the cover, the same in large print: it is read once at the copier, not with a
 * pen in the room, and a roster of any reasonable size should fit one page.
 */
const SIZE = { text: 10, row: 9, head: 8.5, title: 17, kicker: 8 }
/** The rows' line height: names wrap to two lines at most, set close. */
const ROW_LINE = 1.15
/** The room between the two columns of a long list, in points. */
const GUTTER = 16
/** The number's and the two page columns' widths: their heads wrap, the names take the rest. */
const NUMBER_WIDTH = 22
const PAGE_WIDTHS = [44, 32]

/**
 * The batch's first page, for whoever prints it: how to print, then every pack with the page of
 * the file it starts on and how many pages it takes. A list too long for one column takes two;
 * one too long for the page runs on in whole rows, each page under the list's title marked
 * "(continued)", as pdfmake would repeat only the column heads.
 */
export function buildBatchCover(
  workshop: Workshop,
  packs: readonly CoverPack[],
  duplex: boolean,
  theme: HandoutTheme,
): Content {
  const how = say(theme.intl, duplex ? 'print.namedPacks.duplex' : 'print.namedPacks.simplex')
  const count = say(theme.intl, 'print.namedPacks.count', { count: packs.length })
  const title = say(theme.intl, 'print.namedPacks.list')
  const plan = planCover(workshop, packs, theme)
  const heads = [
    '',
    say(theme.intl, 'print.namedPacks.packFor'),
    say(theme.intl, 'print.namedPacks.startsOn'),
    say(theme.intl, 'print.namedPacks.pages'),
  ]
  const buildTable = ([from, to]: [number, number]): Content => ({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [NUMBER_WIDTH, '*', ...PAGE_WIDTHS],
      body: [
        heads.map((text, column): TableCell => ({
          text,
          style: 'tableHead',
          fontSize: SIZE.head,
          alignment: column > 1 ? 'right' : 'left',
        })),
        ...packs
          .slice(from, to)
          .map((pack, at): TableCell[] => [
            { text: String(from + at + 1) },
            { text: pack.name, style: 'strong' },
            { text: [{ pageReference: pack.anchor }], alignment: 'right' },
            { text: pack.pages === undefined ? '' : String(pack.pages), alignment: 'right' },
          ]),
      ],
    },
    layout: { ...compactTableLayout(theme), paddingTop: () => 2, paddingBottom: () => 2 },
    fontSize: SIZE.row,
    lineHeight: ROW_LINE,
  })
  return {
    stack: [
      {
        text: say(theme.intl, 'print.namedPacks.kicker'),
        style: 'kicker',
        fontSize: SIZE.kicker,
        margin: [0, 0, 0, 3],
      },
      { text: workshop.title, style: 'title', fontSize: SIZE.title, margin: [0, 0, 0, 6] },
      // How to print is what the copier needs first: it stands out from the count before it.
      {
        text: [{ text: `${count} ` }, { text: how, style: 'strong' }],
        fontSize: SIZE.text,
        margin: [0, 0, 0, 10],
      },
      ...plan.pages.map((columns, page): Content => ({
        stack: [
          {
            text: page === 0 ? title : say(theme.intl, 'print.continued', { label: title }),
            style: 'heading',
            fontSize: SIZE.text + 2,
            margin: [0, 0, 0, 4],
          },
          plan.columns === 1
            ? buildTable(columns[0] ?? [0, 0])
            : {
                columns: [0, 1].map((column) => {
                  const rows = columns[column]
                  return rows === undefined ? { text: '' } : buildTable(rows)
                }),
                columnGap: GUTTER,
              },
        ],
        pageBreak: page === 0 ? undefined : 'before',
      })),
    ],
    fontSize: SIZE.text,
    lineHeight: 1.2,
  }
}

/** How the cover sets its list: one column or two, and each page's runs of rows [from, to). */
interface CoverPlan {
  columns: 1 | 2
  pages: [number, number][][]
}

/** The pages the cover takes for `packs`: what the batch's page count counts before the packs. */
export function countCoverPages(
  workshop: Workshop,
  packs: readonly CoverPack[],
  theme: HandoutTheme,
): number {
  return planCover(workshop, packs, theme).pages.length
}

/**
 * Fills the cover by the estimates of wrapped text: one column when the whole list fits under the
 * instructions, else two a page, and as many pages as that takes. The estimates count a line as
 * the font's full height, where these rows set it at {@link ROW_LINE} of their size: what that
 * leaves over, and a twentieth of each page, is kept spare for what the estimates miss.
 */
function planCover(
  workshop: Workshop,
  packs: readonly CoverPack[],
  theme: HandoutTheme,
): CoverPlan {
  const width = theme.contentWidth
  const count = say(theme.intl, 'print.namedPacks.count', { count: packs.length })
  const how = `${count} ${say(theme.intl, 'print.namedPacks.duplex')}`
  const title = say(theme.intl, 'print.namedPacks.list')
  const titleHeight = estimateWrappedHeight(title, SIZE.text + 2, width, { bold: true }) + 4
  const intro =
    SIZE.kicker * 1.6 +
    estimateWrappedHeight(workshop.title, SIZE.title, width, { bold: true, lineHeight: 1.1 }) +
    6 +
    estimateWrappedHeight(how, SIZE.text, width, { lineHeight: 1.2, bold: true }) +
    10
  const rooms = [
    (theme.contentHeight - intro - titleHeight) * 0.95,
    (theme.contentHeight - titleHeight) * 0.95,
  ] as const
  const heads = say(theme.intl, 'print.namedPacks.startsOn')
  const measure = (columnWidth: number) => {
    const nameWidth = columnWidth - NUMBER_WIDTH - PAGE_WIDTHS.reduce((a, b) => a + b, 0) - 32
    const line = { bold: true, lineHeight: 1 }
    const headHeight = estimateWrappedHeight(heads, SIZE.head, (PAGE_WIDTHS[0] ?? 0) - 8, line) + 4
    const rows = packs.map(
      (pack) => estimateWrappedHeight(pack.name, SIZE.row, nameWidth, line) + 4,
    )
    return { headHeight, rows }
  }
  const single = measure(width)
  const total = single.rows.reduce((sum, height) => sum + height, single.headHeight)
  if (total <= rooms[0]) return { columns: 1, pages: [[[0, packs.length]]] }
  const { headHeight, rows } = measure((width - GUTTER) / 2)
  const pages: [number, number][][] = []
  let from = 0
  while (from < rows.length) {
    const room = pages.length === 0 ? rooms[0] : rooms[1]
    const columns: [number, number][] = []
    for (let column = 0; column < 2 && from < rows.length; column += 1) {
      let to = from
      let height = headHeight
      while (to < rows.length && height + (rows[to] ?? 0) <= room) {
        height += rows[to] ?? 0
        to += 1
      }
      // A run takes at least one row, or a row taller than a page would never be set.
      to = Math.max(to, from + 1)
      columns.push([from, to])
      from = to
    }
    pages.push(columns)
  }
  // A last page with rows for one column shares them between two, as the pages before it do.
  const last = pages.at(-1)
  const [only] = last ?? []
  if (last?.length === 1 && only !== undefined && only[1] - only[0] > 1) {
    const middle = Math.ceil((only[0] + only[1]) / 2)
    last.splice(0, 1, [only[0], middle], [middle, only[1]])
  }
  return { columns: 2, pages }
}
