import type { Paper } from './options'

/**
 * Regions where Letter is the everyday paper size. Everywhere else uses A4 (ISO 216), so A4 is
 * the default when a locale names no region or one not listed.
 */
const letterRegions = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'PR',
  'CL',
  'CO',
  'CR',
  'DO',
  'GT',
  'NI',
  'PA',
  'SV',
  'VE',
])

/**
 * Picks the paper a person in this locale most likely has in the printer. Accepts BCP 47 tags
 * (`en-US`, `es-419`, `zh-Hant-TW`) and POSIX locale names (`en_US.UTF-8`, `fr_CA@euro`).
 */
export function defaultPaperForLocale(locale: string): Paper {
  const region = findRegion(locale)
  return region !== null && letterRegions.has(region) ? 'letter' : 'a4'
}

function findRegion(locale: string): string | null {
  const tag = locale.split(/[.@]/)[0] ?? ''
  const parts = tag.split(/[-_]/).slice(1)
  // The region is the first two-letter subtag after the language; a four-letter one is a script.
  const region = parts.find((part) => /^[A-Za-z]{2}$/.test(part))
  return region === undefined ? null : region.toUpperCase()
}

/** The paper's size in PDF points (1/72 inch), portrait. */
export function measurePaper(paper: Paper): { width: number; height: number } {
  return paper === 'letter' ? { width: 612, height: 792 } : { width: 595.28, height: 841.89 }
}
