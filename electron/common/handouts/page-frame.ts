import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Workshop } from '../domain/workshop/schema'
import type { HandoutTheme } from './theme'
import { say } from './wording'
import { buildDefaultStyle, buildStyles } from './theme'

/**
 * Nothing prints closer than this to the paper's edge: most office printers clip the outer 5 mm,
 * and 8 mm leaves room for paper fed slightly askew.
 */
export const SAFE_EDGE = (8 / 25.4) * 72

/** What a running head names: one text for every page, or one worked out per page. */
export type RunningPart = string | ((page: number) => string)

/**
 * The page number a running head prints: by default the page of the whole document; a batch of
 * packs numbers each pack's pages on their own ("Page 3 of 31").
 */
export type PageNumbering = (page: number, pageCount: number) => { page: number; of: number }

/**
 * The running head on every page: the workshop and what this part of the handout is (an
 * exercise's number and title on its pages), with the page count, so a loose sheet can always
 * be traced back to its exercise and its pack.
 */
export function buildRunningHead(
  workshop: Workshop,
  theme: HandoutTheme,
  part: RunningPart,
  numbering: PageNumbering = (page, of) => ({ page, of }),
): DynamicContent {
  return (currentPage, pageCount) => {
    const number = numbering(currentPage, pageCount)
    return {
      stack: [
        {
          columns: [
            {
              text: [
                { text: workshop.title, style: 'strong' },
                { text: `  ·  ${typeof part === 'string' ? part : part(currentPage)}` },
              ],
              width: '*',
            },
            {
              text: say(theme.intl, 'common.pageOf', { page: number.page, pages: number.of }),
              // A long head (a named pack's person and exercise, in large print) wraps on its
              // side; the page number stays whole, never "Page 8 of" over "44".
              noWrap: true,
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
    }
  }
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
        { text: keepTailTogether(credit), fontSize: fitFooterSize(credit, theme) },
      ],
      style: 'footer',
      margin: [theme.margins[0], 8, theme.margins[2], 0],
    }
  }
}

/**
 * The footer's size: its usual size when the credit fits on one line, smaller (down to 6.5 pt,
 * or 10 pt in large print) so that it does, since a second line would hold only its last words.
 * Large print is for readers with low vision: its credit may be smaller than the body but not
 * tiny, so a credit too long for one line at 10 pt wraps rather than shrinks further; a workshop
 * keeps its first credit short enough (the built-in one does) and gives the rest on the cover.
 */
export function fitFooterSize(credit: string, theme: HandoutTheme): number {
  const usual = theme.largePrint ? 11 : 8
  const least = theme.largePrint ? 10 : 6.5
  // Atkinson Hyperlegible averages about half an em a character.
  const fitting = theme.contentWidth / Math.max(1, credit.length * 0.52)
  return Math.max(least, Math.min(usual, Math.floor(fitting * 10) / 10))
}

/** The last three words joined by no-break spaces, so a wrapped line never holds one alone. */
function keepTailTogether(text: string): string {
  const words = text.split(' ')
  if (words.length < 4) return text
  return [...words.slice(0, -3), words.slice(-3).join('\u00a0')].join(' ')
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
  part: RunningPart = subject,
  numbering?: PageNumbering,
): TDocumentDefinitions {
  return {
    pageSize: { width: theme.pageWidth, height: theme.pageHeight },
    pageMargins: theme.margins,
    info: {
      title: `${workshop.title}: ${subject}`,
      author: describeAuthor(workshop),
      subject,
      keywords: 'workshop, handout',
      creator: 'Facilitator',
    },
    // The document's language, for screen readers and for hyphenation in readers that reflow.
    language: theme.language,
    header: buildRunningHead(workshop, theme, part, numbering),
    footer: buildFooter(workshop, theme),
    styles: buildStyles(theme),
    defaultStyle: buildDefaultStyle(theme),
    content,
  }
}

/**
 * The PDF's author: the workshop's first credit line (who the material comes from), or the app
 * when the workshop credits no one.
 */
function describeAuthor(workshop: Workshop): string {
  return workshop.credits[0] ?? 'Facilitator'
}
