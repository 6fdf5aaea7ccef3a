import { execFileSync } from 'node:child_process'

/** Page count and page size in points, from `pdfinfo`. */
export function readPdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const pages = /Pages:\s+(\d+)/.exec(info)
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  if (pages === null || size === null) throw new Error(`pdfinfo gave no pages or size:\n${info}`)
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) }
}

/**
 * The PDF's text from `pdftotext`, on one line: wrapped lines joined with spaces and a line
 * break after a hyphen joined without one, so a sentence reads whole wherever the layout wrapped.
 */
export function readPdfText(file: string): string {
  return normaliseText(
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  )
}

/** Collapses whitespace and closes up a space after a hyphen, for comparing wrapped text. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/- /g, '-').trim()
}

/** The fonts listed by `pdffonts`: name and whether it is embedded. */
export function readPdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2)
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/)
      // name, type words…, encoding, emb, sub, uni, object id, generation
      const embedded = columns[columns.length - 5] === 'yes'
      return { name: columns[0] ?? '', embedded }
    })
}

/**
 * The words of `needle` that cannot be found in `text` in order, close together. Table cells
 * side by side come out of `pdftotext` interleaved line by line, so a wrapped sentence in a cell
 * is read as its words in order with other cells' words between them, never as one run. Words
 * are compared in pieces split at hyphens, dashes and slashes, because a line may break after
 * any of them, and `pdftotext` joins a word broken at a hyphen to whatever it reads next
 * ("take-" "home" as "takehome", or "take-" before a page's footer as "takeMentoring").
 */
export function findMissingWords(text: string, needle: string): string[] {
  const words = text.split(/[\s\-–/]+/).filter((piece) => piece !== '')
  const wanted = needle
    .split(/[\s–/]+/)
    .flatMap((word) =>
      word.split('-').map((piece, index, all) => ({ piece, isBroken: index < all.length - 1 })),
    )
    .filter(({ piece }) => piece !== '')
  const window = wanted.length * 6 + 40
  const matches = (word: string, index: number) => {
    const wish = wanted[index]
    return (
      wish !== undefined && (word === wish.piece || (wish.isBroken && word.startsWith(wish.piece)))
    )
  }
  let best = wanted.map(({ piece }) => piece)
  for (let start = 0; start < words.length && best.length > 0; start += 1) {
    if (!matches(words[start] ?? '', 0)) continue
    let at = start
    const missing: string[] = []
    for (let index = 0; index < wanted.length; index += 1) {
      let found = -1
      for (
        let position = at;
        position <= start + window && position < words.length;
        position += 1
      ) {
        if (matches(words[position] ?? '', index)) {
          found = position
          break
        }
      }
      if (found === -1) {
        missing.push(wanted[index]?.piece ?? '')
        continue
      }
      at = found + 1
      // The rest of a joined word may hold the next pieces of the needle.
      let rest = (words[found] ?? '').slice(wanted[index]?.piece.length ?? 0)
      while (rest !== '' && rest.startsWith(wanted[index + 1]?.piece ?? '\u0000')) {
        rest = rest.slice(wanted[index + 1]?.piece.length ?? 0)
        index += 1
      }
    }
    if (missing.length < best.length) best = missing
  }
  return best
}

/** The text of each page from `pdftotext`, in order, each on one line. */
export function readPdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, readPdfInfo(file).pages)
    .map(normaliseText)
}

/** The smallest distance, in points, from any printed word to the edge of its page. */
export function measureEdgeDistance(file: string): number {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' })
  let width = 0
  let height = 0
  let nearest = Number.POSITIVE_INFINITY
  for (const line of html.split('\n')) {
    const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line)
    if (page !== null) {
      width = Number(page[1])
      height = Number(page[2])
    }
    const word = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/.exec(line)
    if (word !== null) {
      const [x0, y0, x1, y1] = word.slice(1).map(Number) as [number, number, number, number]
      nearest = Math.min(nearest, x0, y0, width - x1, height - y1)
    }
  }
  return nearest
}

/**
 * How far down each page its content reaches, as a share of the space between the top and
 * bottom margins (0 for an empty page, 1 for a full one). Pages are rasterised in grey and the
 * lowest row with any ink counts, so rules and boxes count as much as text; the running head
 * above `top` and the footer below `bottom` (in points from the page's top) are left out.
 */
export function measurePageFill(file: string, top: number, bottom: number): number[] {
  const dpi = 24
  const raster = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file], {
    maxBuffer: 64 * 1024 * 1024,
  })
  const fills: number[] = []
  let offset = 0
  while (offset < raster.length) {
    // Each page is a binary PGM: "P5", width, height, the maximum value, then one byte a pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(
      raster.subarray(offset, offset + 64).toString('latin1'),
    )
    if (header === null) throw new Error('pdftoppm gave something other than PGM pages')
    const [, width, height] = header.map(Number) as [number, number, number, number]
    const start = offset + header[0].length
    const firstRow = Math.ceil((top * dpi) / 72)
    const lastRow = Math.floor((bottom * dpi) / 72)
    let lowest = firstRow
    for (let row = firstRow; row < Math.min(lastRow, height); row += 1) {
      const line = raster.subarray(start + row * width, start + (row + 1) * width)
      if (line.some((pixel) => pixel < 200)) lowest = row
    }
    fills.push((lowest - firstRow) / Math.max(1, lastRow - firstRow))
    offset = start + width * height
  }
  return fills
}

/**
 * The median height, in points, of the printed words' boxes on each page: about 1.2 times the
 * size of the text most of the page is set in, so large print can be told from normal print.
 */
export function measureTextSizes(file: string): number[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const pages: number[][] = []
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) pages.push([])
    const word = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/.exec(line)
    if (word !== null) pages.at(-1)?.push(Number(word[2]) - Number(word[1]))
  }
  return pages.map((heights) => {
    const sorted = [...heights].sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)] ?? 0
  })
}
