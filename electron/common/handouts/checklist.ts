import type { Content } from 'pdfmake/interfaces'
import type { HandoutTheme } from './theme'

/**
 * A checklist under a heading: each entry beside an empty box to tick by hand. The heading stays
 * on the page of the first entry, so it is never left alone at a page's foot.
 */
export function buildChecklist(heading: Content, entries: Content[], theme: HandoutTheme): Content {
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
      { width: '*', stack: [entry] },
    ],
    margin: [0, 0, 0, 3],
    unbreakable: true,
  }))
  const [first, ...rest] = rows
  return {
    stack: [
      { stack: first === undefined ? [heading] : [heading, first], unbreakable: true },
      ...rest,
    ],
  }
}
