import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Workshop } from '../domain/workshop/schema'
import type { HandoutTheme } from './theme'
import { buildDefaultStyle, buildStyles } from './theme'

/**
 * The footer on every page: the workshop and page count on one line, the credit on the next,
 * so a loose sheet can always be traced back to its pack and its source.
 */
export function buildFooter(workshop: Workshop, theme: HandoutTheme): DynamicContent {
  const credit = workshop.credits[0]
  return (currentPage, pageCount) => {
    const lines: Content[] = [
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
      {
        columns: [
          { text: workshop.title, width: '*' },
          {
            text: `Page ${String(currentPage)} of ${String(pageCount)}`,
            width: 'auto',
            alignment: 'right',
          },
        ],
        columnGap: 12,
      },
    ]
    if (credit !== undefined) lines.push({ text: credit, margin: [0, 2, 0, 0] })
    return {
      stack: lines,
      style: 'footer',
      margin: [theme.margins[0], 12, theme.margins[2], 0],
    }
  }
}

/** Wraps content in a document on the theme's paper, with footers, styles and metadata. */
export function frameDocument(
  workshop: Workshop,
  theme: HandoutTheme,
  subject: string,
  content: Content[],
): TDocumentDefinitions {
  return {
    pageSize: { width: theme.pageWidth, height: theme.pageHeight },
    pageMargins: theme.margins,
    info: { title: `${workshop.title}: ${subject}`, subject, creator: 'Facilitator' },
    footer: buildFooter(workshop, theme),
    styles: buildStyles(theme),
    defaultStyle: buildDefaultStyle(theme),
    content,
  }
}
