import type { Content } from 'pdfmake/interfaces'
import { fitsOnOnePage } from './page-fit'
import type { HandoutTheme } from './theme'

/** One line of a checklist, with a generous guess at its printed height. */
export interface ChecklistEntry {
  content: Content
  height: number
}

/**
 * A checklist under a heading: each entry beside an empty box to tick by hand. The heading stays
 * on the page of the first entry, so it is never left alone at a page's foot; an entry too long
 * to surely fit a page is allowed to break, so none is ever lost.
 */
export function buildChecklist(
  heading: Content,
  entries: readonly ChecklistEntry[],
  theme: HandoutTheme,
): Content {
  const size = theme.largePrint ? 13 : 8
  const rows: Content[] = entries.map((entry) => ({
    columns: [
      {
        width: size + 8,
        canvas: [
          {
            type: 'rect',
            x: 0,
            y: theme.body * 0.25,
            w: size,
            h: size,
            lineWidth: 0.8,
            lineColor: theme.ink,
          },
        ],
      },
      { width: '*', stack: [entry.content] },
    ],
    margin: [0, 0, 0, 3],
    unbreakable: fitsOnOnePage(entry.height, theme),
  }))
  const [first, ...rest] = rows
  const keepsFirst = fitsOnOnePage((entries[0]?.height ?? 0) + theme.body * 3, theme)
  return {
    stack: [
      { stack: first === undefined ? [heading] : [heading, first], unbreakable: keepsFirst },
      ...rest,
    ],
  }
}
