import type { StyleDictionary, Style } from 'pdfmake/interfaces'
import type { MessageLanguage } from '../i18n/locales'
import { translatorFor, type Translator } from '../i18n/translator'
import type { HandoutOptions } from './options'
import { measurePaper } from './paper'

/** The font family name the renderer registers the embedded face under. */
export const HANDOUT_FONT = 'Handout'

/**
 * The family for words the handout face cannot draw (Greek and Cyrillic names, most of all), so
 * they print as written rather than as `?`.
 */
export const FALLBACK_FONT = 'Fallback'

/** Sizes and spacing for one handout; every builder takes its measures from here. */
export interface HandoutTheme {
  /** The language of every word the handout prints around the workshop's own. */
  language: MessageLanguage
  /** Messages, times, numbers and lists in {@link HandoutTheme.language}. */
  intl: Translator
  largePrint: boolean
  pageWidth: number
  pageHeight: number
  /** Left, top, right, bottom page margins in points. */
  margins: [number, number, number, number]
  contentWidth: number
  contentHeight: number
  body: number
  small: number
  /** Distance between two ruled writing lines: a comfortable handwriting height. */
  lineGap: number
  boxHeights: { small: number; medium: number; large: number }
  /** Height of one writing row in a table. */
  rowHeight: number
  ink: string
  muted: string
  rule: string
  tint: string
  /** A lighter fill for a column to write the agreed answer in: still a visible grey. */
  softTint: string
}

/**
 * Works out the measures for the chosen paper and print size. Large print keeps body text at
 * 16 pt and widens the writing space to match bigger handwriting; compact (the run sheet, read
 * at a glance by one person) sets smaller text unless large print is asked for.
 */
export function createTheme(
  options: Pick<HandoutOptions, 'paper' | 'largePrint' | 'language'>,
  compact = false,
): HandoutTheme {
  const { width, height } = measurePaper(options.paper)
  const large = options.largePrint
  // The top margin holds the running head and the bottom one a credit of up to three lines, both
  // kept 8 mm from the edge (see SAFE_EDGE in page-frame).
  const margins: [number, number, number, number] = large ? [50, 58, 50, 84] : [56, 50, 56, 66]
  const lineGap = large ? 34 : 26
  const language = options.language ?? 'en'
  return {
    language,
    intl: translatorFor(language),
    largePrint: large,
    pageWidth: width,
    pageHeight: height,
    margins,
    contentWidth: width - margins[0] - margins[2],
    contentHeight: height - margins[1] - margins[3],
    body: large ? 16 : compact ? 9.5 : 11,
    small: large ? 14 : compact ? 8 : 9,
    lineGap,
    boxHeights: large
      ? { small: 96, medium: 180, large: 300 }
      : { small: 64, medium: 130, large: 250 },
    rowHeight: lineGap * 2,
    ink: '#1a1a1a',
    muted: '#555555',
    rule: '#9a9a9a',
    // Neutral greys of 13% and 8%: lighter tints, or tinted ones, vanish on many black-and-white
    // laser printers.
    tint: '#dedede',
    softTint: '#ebebeb',
  }
}

/** Named text styles shared by every handout. */
export function buildStyles(theme: HandoutTheme): StyleDictionary {
  const scale = (points: number) => Math.round(theme.body * points * 10) / 10
  const styles: Record<string, Style> = {
    coverTitle: { fontSize: scale(2.6), bold: true, lineHeight: 1.1 },
    coverSubtitle: { fontSize: scale(1.35), color: theme.muted, lineHeight: 1.2 },
    kicker: { fontSize: theme.small, bold: true, color: theme.muted, characterSpacing: 0.6 },
    title: { fontSize: scale(1.9), bold: true, lineHeight: 1.1 },
    heading: { fontSize: scale(1.35), bold: true, lineHeight: 1.1 },
    label: { fontSize: scale(1.05), bold: true },
    hint: { fontSize: theme.small, italics: true, color: theme.muted },
    small: { fontSize: theme.small, color: theme.muted },
    tableHead: { fontSize: theme.small + 0.5, bold: true },
    strong: { bold: true },
    emphasis: { italics: true },
    footer: { fontSize: theme.largePrint ? 11 : 8, color: theme.muted },
  }
  return styles
}

/** The body text style every node inherits. */
export function buildDefaultStyle(theme: HandoutTheme): Style {
  return { font: HANDOUT_FONT, fontSize: theme.body, lineHeight: 1.25, color: theme.ink }
}
