import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Workshop } from '../domain/workshop/schema'
import type { HandoutTheme } from './theme'
import { buildDefaultStyle, buildStyles } from './theme'

/**
 * Nothing prints closer than this to the paper's edge: most office printers clip the outer 5 mm,
 * and 8 mm leaves room for paper fed slightly askew.
 */
export const SAFE_EDGE = (8 / 25.4) * 72

/**
 * The running head on every page: the workshop and what this part of the handout is (an
 * exercise's number and title on its pages), with the page count, so a loose sheet can always
 * be traced back to its exercise and its pack.
 */
export function buildRunningHead(
  workshop: Workshop,
  theme: HandoutTheme,
  part: string,
): DynamicContent {
  return (currentPage, pageCount) => ({
    stack: [
      {
        columns: [
          {
            text: [{ text: workshop.title, style: 'strong' }, { text: `  ·  ${part}` }],
            width: '*',
          },
          {
            text: `Page ${String(currentPage)} of ${String(pageCount)}`,
            width: 'auto',
            alignment: 'right',
          },
        ],
        columnGap: 12,
      },
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 3,
            x2: theme.contentWidth,
            y2: 3,
            lineWidth: 0.5,
            lineColor: theme.rule,
          },
        ],
      },
    ],
    style: 'footer',
    margin: [theme.margins[0], SAFE_EDGE, theme.margins[2], 0],
  })
}

/**
 * The footer on every page: the first credit, under a rule, so every sheet names its source.
 * It hangs from the top of the bottom margin, which is deep enough for a credit of three lines
 * to end at least {@link SAFE_EDGE} from the paper's edge.
 */
export function buildFooter(workshop: Workshop, theme: HandoutTheme): DynamicContent {
  const credit = workshop.credits[0]
  return () => {
    if (credit === undefined) return null
    return {
      stack: [
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 0,
              x2: theme.contentWidth,
              y2: 0,
              lineWidth: 0.5,
              lineColor: theme.rule,
            },
          ],
          margin: [0, 0, 0, 4],
        },
        { text: credit },
      ],
      style: 'footer',
      margin: [theme.margins[0], 8, theme.margins[2], 0],
    }
  }
}

/**
 * Wraps content in a document on the theme's paper, with running heads, footers, styles and
 * metadata. `part` names the handout in the running head; parts given as sections (one per
 * exercise in a pack) carry their own.
 */
export function frameDocument(
  workshop: Workshop,
  theme: HandoutTheme,
  subject: string,
  content: Content[],
  part: string = subject,
): TDocumentDefinitions {
  return {
    pageSize: { width: theme.pageWidth, height: theme.pageHeight },
    pageMargins: theme.margins,
    info: { title: `${workshop.title}: ${subject}`, subject, creator: 'Facilitator' },
    header: buildRunningHead(workshop, theme, part),
    footer: buildFooter(workshop, theme),
    styles: buildStyles(theme),
    defaultStyle: buildDefaultStyle(theme),
    content,
  }
}
