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
