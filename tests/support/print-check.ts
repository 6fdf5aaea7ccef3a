import { execFileSync } from 'node:child_process'

/**
 * Checks of printed pages, as a participant with a pen and a facilitator at the copier see them:
 * how full each page is, which pages are meant to be short, and whether a page that asks people
 * to scan a code has one.
 */

/** The text of each page from `pdftotext -layout`, one string a page, lines kept. */
export function readLayoutPages(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\f')
    .slice(0, -1)
}

/** The page's lines with something on them, the running head first. */
function contentLines(page: string): string[] {
  return page
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/**
 * The page's running head, its lines joined (a long head wraps: a named pack's person and part in
 * large print), and the lines with something on them below it. The head's lines follow each
 * other; a gap of blank lines sets it off from the page's content.
 */
function splitHead(page: string): { head: string; body: string[] } {
  const lines = page.split('\n').map((line) => line.trim())
  const start = lines.findIndex((line) => line !== '')
  if (start < 0) return { head: '', body: [] }
  const gap = lines.indexOf('', start)
  const end = gap < 0 ? lines.length : gap
  return {
    head: lines.slice(start, end).join(' '),
    body: lines.slice(end).filter((line) => line !== ''),
  }
}

/**
 * Words that open a part printed on a fresh page by design: the cover, the agenda, the focus
 * areas, the first exercise, a named pack's name page, a Notes page, and the run sheet's cut
 * plan. The page before such a page may end short; so may a Notes page and the last page.
 */
const PART_OPENINGS = [
  /^PARTICIPANT PACK/,
  /^Agenda\b/,
  /^The two focus areas|^Focus areas/,
  /^EXERCISE 1 OF/,
  /^THIS PACK BELONGS TO/,
  /^NAMED PACKS/,
  /^Notes$/,
  /^FACILITATOR RUN SHEET/,
]

/** True when a page opens one of the parts that begin on a fresh page by design. */
export function opensPart(page: string): boolean {
  const first = splitHead(page).body[0] ?? ''
  return PART_OPENINGS.some((opening) => opening.test(first))
}

/**
 * True for a page left for notes by design: it opens with "Notes", or its running head says it
 * is one (the blank back of a sheet between two packs).
 */
export function isNotesPage(page: string): boolean {
  const { head, body } = splitHead(page)
  return body[0] === 'Notes' || /·\s+Notes\b/.test(head)
}

/**
 * The pages under `least` of their text area that are not meant to be short: every page but
 * the last of the document, the last before a part that starts a fresh page, and Notes pages.
 */
export function findSparsePages(pages: string[], fills: number[], least = 0.4): string[] {
  return fills.flatMap((fill, index) => {
    const page = pages[index] ?? ''
    const next = pages[index + 1]
    const meantShort =
      next === undefined || opensPart(next) || isNotesPage(next) || isNotesPage(page)
    return fill < least && !meantShort ? [`page ${String(index + 1)}: ${fill.toFixed(2)}`] : []
  })
}

/**
 * The number of QR finder patterns (the three nested squares in a code's corners) seen on each
 * page: a row through one reads dark, light, dark three times as wide, light, dark (1:1:3:1:1).
 * Text and rules never give that ratio in several rows running.
 */
export function countQrFinders(file: string): number[] {
  const dpi = 100
  const raster = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file], {
    maxBuffer: 256 * 1024 * 1024,
  })
  const counts: number[] = []
  let offset = 0
  while (offset < raster.length) {
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(
      raster.subarray(offset, offset + 64).toString('latin1'),
    )
    if (header === null) throw new Error('pdftoppm gave something other than PGM pages')
    const width = Number(header[1])
    const height = Number(header[2])
    const start = offset + header[0].length
    const hits = new Map<string, number>()
    for (let row = 0; row < height; row += 1) {
      const runs: { dark: boolean; from: number; length: number }[] = []
      for (let x = 0; x < width; x += 1) {
        const dark = (raster[start + row * width + x] ?? 255) < 128
        const last = runs.at(-1)
        if (last !== undefined && last.dark === dark) last.length += 1
        else runs.push({ dark, from: x, length: 1 })
      }
      for (let index = 0; index + 4 < runs.length; index += 1) {
        const five = runs.slice(index, index + 5)
        if (!five[0]?.dark) continue
        const unit = five.reduce((sum, run) => sum + run.length, 0) / 7
        if (unit < 2) continue
        const ratios = [1, 1, 3, 1, 1]
        const fits = five.every(
          (run, at) => Math.abs(run.length - unit * (ratios[at] ?? 1)) <= unit * 0.5,
        )
        if (!fits) continue
        const centre = Math.round(((five[2]?.from ?? 0) + (five[2]?.length ?? 0) / 2) / 8)
        const key = String(centre)
        hits.set(key, (hits.get(key) ?? 0) + 1)
      }
    }
    // A finder crossed by at least three rows; neighbouring centres count once.
    const centres = [...hits.entries()]
      .filter(([, rows]) => rows >= 3)
      .map(([centre]) => Number(centre))
      .sort((a, b) => a - b)
    counts.push(centres.filter((centre, index) => centres[index - 1] !== centre - 1).length)
    offset = start + width * height
  }
  return counts
}

/**
 * Pages holding a scrap: under 15% of their text area, even at the end of a document, where a
 * last block has slipped onto a page of its own. Notes pages and blank backs are meant so.
 */
export function findLoneBlocks(pages: string[], fills: number[], least = 0.15): string[] {
  return fills.flatMap((fill, index) =>
    fill < least && !isNotesPage(pages[index] ?? '')
      ? [`page ${String(index + 1)}: ${fill.toFixed(2)}`]
      : [],
  )
}

/**
 * Run-sheet sections that run onto another page without saying so: a section's heading opens
 * with its clock times ("9:10 AM–9:25 AM"), so a heading whose times were already printed on an
 * earlier page heads a page the section ran onto, and must be marked "(continued)". In large
 * print a long title wraps, and the mark may open the heading's second line.
 */
export function findUnmarkedRunOns(pages: string[]): string[] {
  const seen = new Set<string>()
  return pages.flatMap((page, index) => {
    const found: string[] = []
    const here = new Set<string>()
    const lines = contentLines(page)
    for (const [at, line] of lines.entries()) {
      const times = /^(\d{1,2}:\d\d\s?[AP]M–\d{1,2}:\d\d\s?[AP]M)\s/.exec(line)?.[1]
      if (times === undefined) continue
      const heading = `${line} ${lines[at + 1] ?? ''}`
      if (seen.has(times) && !heading.includes('(continued)')) {
        found.push(`page ${String(index + 1)}: ${line.slice(0, 60)}`)
      }
      here.add(times)
    }
    here.forEach((times) => seen.add(times))
    return found
  })
}

/**
 * Run-sheet pages that open partway through a phase without naming it: under the section's
 * heading (marked "(continued)"), the first row has its clock time and phase name blank and only
 * prompts in the last column, so a facilitator holding the page cannot tell which phase they are
 * in. The heading is the paragraph that opens with the section's clock times; the layout text
 * sets a row's blank time and phase cells as a deep indent.
 */
export function findNamelessPhaseRows(pages: string[]): string[] {
  return pages.flatMap((page, index) => {
    const lines = page.split('\n')
    const start = lines.findIndex((line) => line.trim() !== '')
    // The running head, then the blank lines that set it off.
    let at = lines.indexOf('', start)
    while (at >= 0 && at < lines.length && (lines[at] ?? '').trim() === '') at += 1
    if (at < 0 || !/^\d{1,2}:\d\d(?:\s?[AP]M)?–/.test(lines[at] ?? '')) return []
    // The heading's paragraph, then the first row under it.
    while (at < lines.length && (lines[at] ?? '').trim() !== '') at += 1
    while (at < lines.length && (lines[at] ?? '').trim() === '') at += 1
    const first = lines[at] ?? ''
    const indent = first.length - first.trimStart().length
    return first.trim() !== '' && indent >= 16
      ? [`page ${String(index + 1)}: ${first.trim().slice(0, 50)}`]
      : []
  })
}

/**
 * Pages that show a table's column heads (`heads`, one line in the layout text) without its
 * title right above them: pdfmake repeats only the heads on a page a table runs onto, and a
 * reader there sees a table with no name. The title may be marked "(continued)".
 */
export function findUntitledTables(pages: string[], title: string, heads: RegExp): string[] {
  return pages.flatMap((page, index) => {
    const lines = contentLines(page)
    return lines.flatMap((line, at) => {
      if (!heads.test(line)) return []
      const above = lines[at - 1] ?? ''
      return above === title || above === `${title} (continued)`
        ? []
        : [`page ${String(index + 1)}: ${line} (under "${above.slice(0, 40)}")`]
    })
  })
}

/**
 * The rows of a named-pack batch's cover sheet, in pack order: the page each pack starts on
 * and its page count. A row reads "number, name, start, pages" with columns apart by two
 * spaces or more (a long number may touch the name), and a line may hold two rows (the cover
 * in two columns).
 */
export function readCoverRows(pages: string[]): { start: number; pages: number }[] {
  const rows = new Map<number, { start: number; pages: number }>()
  const cover = pages.slice(
    0,
    pages.findIndex((page) => page.includes('THIS PACK BELONGS TO')),
  )
  for (const line of cover.flatMap((page) => page.split('\n'))) {
    for (const match of line.matchAll(/(\d+) +\S+(?: \S+)* {2,}(\d+) {2,}(\d+)(?= {2,}|$)/g)) {
      rows.set(Number(match[1]), { start: Number(match[2]), pages: Number(match[3]) })
    }
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row)
}

/** One line of a page's footer: its words, and the height of their boxes in points. */
export interface FooterLine {
  page: number
  words: string
  height: number
}

/**
 * The lines printed below `footerTop` (in points from the page's top) on each page, read from
 * `pdftotext -bbox`: words whose boxes end on the same baseline share a line.
 */
export function readFooterLines(file: string, footerTop: number): FooterLine[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const lines: FooterLine[] = []
  let page = 0
  let onPage = new Map<number, FooterLine>()
  for (const row of html.split('\n')) {
    if (row.includes('<page ')) {
      page += 1
      onPage = new Map()
    }
    const word = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</.exec(row)
    if (word === null || Number(word[1]) < footerTop) continue
    const baseline = Math.round(Number(word[2]))
    const line = onPage.get(baseline)
    if (line === undefined) {
      const added = { page, words: word[3] ?? '', height: Number(word[2]) - Number(word[1]) }
      onPage.set(baseline, added)
      lines.push(added)
    } else line.words += ` ${word[3] ?? ''}`
  }
  return lines
}

/** Pages whose footer runs onto a second line, with the words of each of its lines. */
export function findWrappedFooters(file: string, footerTop: number): string[] {
  const byPage = new Map<number, string[]>()
  for (const line of readFooterLines(file, footerTop)) {
    byPage.set(line.page, [...(byPage.get(line.page) ?? []), line.words])
  }
  return [...byPage.entries()]
    .filter(([, lines]) => lines.length > 1)
    .map(([page, lines]) => `page ${String(page)}: ${lines.join(' / ')}`)
}
