import type { Content, TableCell } from 'pdfmake/interfaces'
import type { Workshop } from '../domain/workshop/schema'
import type { HandoutOptions } from './options'
import { estimateTextHeight, fitsOnOnePage } from './page-fit'
import type { HandoutTheme } from './theme'
import { say } from './wording'

/**
 * The pack's first page: what the workshop is, when, where and with whom (filled in, or a line
 * to write on), and whose work it draws on.
 */
export function buildCover(
  workshop: Workshop,
  options: HandoutOptions,
  theme: HandoutTheme,
): Content {
  const parts: Content[] = [
    {
      text: say(theme.intl, 'print.pack.kicker'),
      style: 'kicker',
      margin: [0, theme.largePrint ? 20 : 60, 0, 8],
    },
    { text: workshop.title, style: 'coverTitle', margin: [0, 0, 0, 10] },
  ]
  if (workshop.subtitle.trim() !== '') {
    parts.push({ text: workshop.subtitle, style: 'coverSubtitle', margin: [0, 0, 0, 24] })
  }
  if (workshop.description.trim() !== '') {
    parts.push({ text: workshop.description, margin: [0, 0, 0, 28] })
  }
  parts.push(buildDetailLines(options, theme))
  if (workshop.credits.length > 0) {
    parts.push({
      stack: [
        { text: say(theme.intl, 'print.cover.credits'), style: 'label', margin: [0, 0, 0, 4] },
        ...workshop.credits.map((credit) => ({
          text: credit,
          style: 'small',
          margin: [0, 0, 0, 4] as [number, number, number, number],
        })),
      ],
      margin: [0, theme.largePrint ? 28 : 48, 0, 0],
      unbreakable: fitsOnOnePage(
        workshop.credits.reduce(
          (sum, credit) => sum + estimateTextHeight(credit, theme.small, theme.contentWidth) + 4,
          theme.body * 2,
        ),
        theme,
      ),
    })
  }
  return { stack: parts }
}

/** Date, facilitator and place: the given value, or a ruled blank to write on. */
export function buildDetailLines(
  options: Pick<HandoutOptions, 'date' | 'facilitator' | 'place'>,
  theme: HandoutTheme,
): Content {
  const rows: [string, string | undefined][] = [
    [say(theme.intl, 'print.details.date'), options.date],
    [say(theme.intl, 'print.details.facilitator'), options.facilitator],
    [say(theme.intl, 'print.details.place'), options.place],
  ]
  const body: TableCell[][] = rows.map(([label, value]) => [
    { text: label, bold: true, border: [false, false, false, false] },
    // Only the value cell is ruled, so a blank row is a line to write on.
    {
      text: value === undefined || value === '' ? ' ' : value,
      border: [false, false, false, true],
    },
  ])
  return {
    table: {
      widths: [theme.largePrint ? 120 : 84, '*'],
      // Single-spaced cells put each label's baseline on its rule, as on a paper form.
      body,
    },
    layout: {
      hLineWidth: () => 0.7,
      vLineWidth: () => 0,
      hLineColor: () => theme.rule,
      paddingLeft: () => 0,
      // Text sits just above the rule, where a hand would write it.
      paddingTop: () => theme.lineGap * 0.75,
      paddingBottom: () => 1,
    },
    lineHeight: 1,
    unbreakable: true,
  }
}
