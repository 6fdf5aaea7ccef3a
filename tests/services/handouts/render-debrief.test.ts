import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildDebrief } from '@common/domain/session/debrief'
import type { Session } from '@common/domain/session/session'
import type { DebriefOptions } from '@common/handouts/debrief/debrief-document'
import { renderDebriefPdf } from '../../../electron/services/handouts/render-debrief'
import { saveDebrief } from '../../../electron/services/handouts/save-debrief'
import { resourcesDir } from '../../support/paths'
import { normaliseText, readPdfFonts, readPdfInfo, readPdfText } from '../../support/poppler'
import {
  makeFinishedSession,
  makeQuietSession,
  makeUnfinishedSession,
} from '../../support/session-fixtures'
import { makeTempFolder } from '../../support/temp-folders'

const fontsFolder = join(resourcesDir, 'fonts')
let folder: Awaited<ReturnType<typeof makeTempFolder>>

beforeAll(async () => {
  folder = await makeTempFolder('debrief')
})
afterAll(async () => {
  await folder.remove()
})

async function renderToFile(
  name: string,
  session: Session,
  options: Partial<DebriefOptions> = {},
): Promise<string> {
  const rendered = await renderDebriefPdf(
    session,
    { paper: 'a4', largePrint: false, ...options },
    fontsFolder,
  )
  if (!rendered.ok) throw new Error(rendered.message)
  const file = join(folder.path, `${name}.pdf`)
  await writeFile(file, rendered.value)
  return file
}

describe('the debrief of a finished session as a PDF', () => {
  const session = makeFinishedSession()
  const debrief = buildDebrief(session)
  let file: string
  let text: string
  beforeAll(async () => {
    file = await renderToFile('finished', session)
    text = readPdfText(file)
  })

  it('has every note, accented ones included, and every exercise title', () => {
    for (const note of session.notes) expect(text).toContain(normaliseText(note.text))
    expect(text).toContain('Zoë said the Łódź branch pairs every new hire with a student')
    for (const row of debrief.rows) expect(text).toContain(normaliseText(row.title))
  })

  it('gathers the actions and the parking lot on the first page, and states the overrun', () => {
    const firstPage = normaliseText(
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'], {
        encoding: 'utf8',
      }),
    )
    for (const note of [...debrief.actions, ...debrief.parkingLot]) {
      expect(firstPage).toContain(normaliseText(note.text))
    }
    expect(firstPage).toContain(`${String(debrief.overrunMinutes)} min over plan`)
    expect(text).toContain('Ana Lucía Pérez')
  })

  it('labels the chart with minutes and a scale, and frames every page', () => {
    expect(text).toContain('27.5 (+5.5)')
    expect(text).toContain('Over plan')
    expect(text).toMatch(/10 20 30 40 minutes/)
    const pages = readPdfInfo(file).pages
    expect(pages).toBeLessThanOrEqual(6)
    expect(text).toContain(`Page ${String(pages)} of ${String(pages)}`)
    expect(text).toContain(normaliseText(session.workshop.credits[0]!))
  })

  it('embeds the legible face and no other font', () => {
    const fonts = readPdfFonts(file)
    expect(fonts.length).toBeGreaterThanOrEqual(2)
    for (const font of fonts) {
      expect(font.embedded).toBe(true)
      expect(font.name).toMatch(/AtkinsonHyperlegible/)
    }
  })
})

describe('other sessions and print sizes', () => {
  it('renders an unfinished session with the items it never reached', async () => {
    const text = readPdfText(await renderToFile('unfinished', makeUnfinishedSession()))
    expect(text).toContain('not ended; the record stops at')
    expect(text).toContain('not reached')
  })

  it('renders a session with no notes on few pages', async () => {
    const file = await renderToFile('quiet', makeQuietSession())
    expect(readPdfText(file)).toContain('No notes were taken.')
    expect(readPdfInfo(file).pages).toBeLessThanOrEqual(3)
  })

  it('lays out on Letter and takes more pages in large print', async () => {
    const session = makeFinishedSession()
    const normal = readPdfInfo(await renderToFile('a4', session))
    const large = readPdfInfo(
      await renderToFile('large', session, { paper: 'letter', largePrint: true }),
    )
    expect(large.width).toBe(612)
    expect(large.pages).toBeGreaterThan(normal.pages)
  })

  it('still renders notes with characters the face lacks', async () => {
    const session = makeFinishedSession()
    const first = session.notes[0]!
    const text = readPdfText(
      await renderToFile('missing-glyphs', {
        ...session,
        notes: [{ ...first, text: 'Thanks 👋🏽 from 山田' }, ...session.notes.slice(1)],
      }),
    )
    expect(text).toContain('Thanks ? from ??')
  })

  it('prints Greek and Cyrillic words in the fallback face, and the rest in the legible one', async () => {
    const session = makeFinishedSession()
    const first = session.notes[0]!
    const file = await renderToFile('other-scripts', {
      ...session,
      notes: [{ ...first, text: 'Γιώργος and Жанна swapped pairs' }, ...session.notes.slice(1)],
    })
    expect(readPdfText(file)).toContain('Γιώργος and Жанна swapped pairs')
    const fonts = readPdfFonts(file)
    expect(fonts.every((font) => font.embedded)).toBe(true)
    expect(fonts.some((font) => font.name.includes('Roboto'))).toBe(true)
    expect(fonts.some((font) => font.name.includes('AtkinsonHyperlegible'))).toBe(true)
  })
})

describe('saving a debrief', () => {
  it('writes the PDF and the Markdown beside it and returns both paths', async () => {
    const pdfPath = join(folder.path, 'saved.pdf')
    const saved = await saveDebrief(
      makeFinishedSession(),
      { paper: 'a4', largePrint: false },
      fontsFolder,
      { pdfPath },
    )
    expect(saved).toEqual({
      ok: true,
      value: { pdfPath, markdownPath: join(folder.path, 'saved.md') },
    })
    expect(readPdfInfo(pdfPath).pages).toBeGreaterThan(1)
    expect(await readFile(join(folder.path, 'saved.md'), 'utf8')).toContain('## Actions')
  })

  it('reports a folder it cannot write to as io-error', async () => {
    const saved = await saveDebrief(
      makeQuietSession(),
      { paper: 'a4', largePrint: false },
      fontsFolder,
      { pdfPath: join(folder.path, 'missing', 'folder', 'x.pdf') },
    )
    expect(saved).toMatchObject({ ok: false, code: 'io-error' })
  })
})
