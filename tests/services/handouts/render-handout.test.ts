import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { HandoutOptions } from '@common/handouts/options'
import type { Workshop } from '@common/domain/workshop/schema'
import { renderHandoutPdf } from '../../../electron/services/handouts/render-handout'
import { listExercises, repeatWorkshop } from '../../support/handout-fixtures'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'
import {
  normaliseText,
  readPdfFonts,
  readPdfInfo,
  readPdfPages,
  readPdfText,
} from '../../support/poppler'
import { makeTempFolder } from '../../support/temp-folders'

const fontsFolder = join(resourcesDir, 'fonts')
const workshop = loadBuiltinWorkshop()
const exercises = listExercises(workshop)
let folder: Awaited<ReturnType<typeof makeTempFolder>>

beforeAll(async () => {
  folder = await makeTempFolder('handouts')
})
afterAll(async () => {
  await folder.remove()
})

async function renderToFile(
  name: string,
  options: Partial<HandoutOptions>,
  source: Workshop = workshop,
): Promise<string> {
  const rendered = await renderHandoutPdf(
    source,
    { kind: 'pack', paper: 'a4', largePrint: false, ...options },
    fontsFolder,
  )
  if (!rendered.ok) throw new Error(rendered.message)
  const file = join(folder.path, `${name}.pdf`)
  await writeFile(file, rendered.value)
  return file
}

describe('the built-in participant pack as a PDF', () => {
  let file: string
  beforeAll(async () => {
    file = await renderToFile('pack-a4', {})
  })

  it('is A4, a cover and an agenda plus at least a page per exercise', () => {
    const info = readPdfInfo(file)
    expect(Math.round(info.width)).toBe(595)
    expect(Math.round(info.height)).toBe(842)
    expect(info.pages).toBeGreaterThanOrEqual(2 + exercises.length)
    expect(info.pages).toBeLessThanOrEqual(2 + exercises.length * 3)
  })

  it('contains every exercise title, every prompt and the credit line', () => {
    const text = readPdfText(file)
    for (const exercise of exercises) {
      expect(text).toContain(normaliseText(exercise.title))
      for (const prompt of exercise.phases.flatMap((phase) => phase.prompts)) {
        expect(text).toContain(normaliseText(prompt))
      }
    }
    expect(text).toContain(normaliseText(workshop.credits[0]!))
    expect(text).toMatch(/Page 1 of \d+/)
  })

  it('embeds the legible face, regular and bold, and no other font', () => {
    const fonts = readPdfFonts(file)
    expect(fonts.length).toBeGreaterThanOrEqual(2)
    for (const font of fonts) {
      expect(font.embedded).toBe(true)
      expect(font.name).toMatch(/AtkinsonHyperlegible/)
    }
    expect(fonts.some((font) => font.name.endsWith('-Bold'))).toBe(true)
  })
})

describe('paper and print size', () => {
  it('lays out on Letter when asked', async () => {
    const info = readPdfInfo(await renderToFile('pack-letter', { paper: 'letter' }))
    expect(info.width).toBe(612)
    expect(info.height).toBe(792)
  })

  it('takes more pages in large print', async () => {
    const normal = readPdfInfo(await renderToFile('pack-normal', {})).pages
    const large = readPdfInfo(await renderToFile('pack-large', { largePrint: true })).pages
    expect(large).toBeGreaterThan(normal)
  })
})

describe('the run sheet and a single worksheet as PDFs', () => {
  it('puts every exercise, its notes and the credit on a compact run sheet', async () => {
    const file = await renderToFile('runsheet', { kind: 'runsheet' })
    const text = readPdfText(file)
    for (const exercise of exercises) {
      expect(text).toContain(normaliseText(exercise.title))
      expect(text).toContain(normaliseText(exercise.facilitatorNotes[0]!))
    }
    expect(text).toContain(normaliseText(workshop.credits[0]!))
    expect(readPdfInfo(file).pages).toBeLessThan(exercises.length + 4)
  })

  it('prints one exercise on its own', async () => {
    const file = await renderToFile('one', { kind: 'exercise', exerciseId: 'network-map' })
    const text = readPdfText(file)
    expect(text).toContain('My Network Map')
    expect(text).toContain('Champions who speak up for me')
    expect(text).not.toContain('Journey Snapshot')
    expect(readPdfInfo(file).pages).toBeLessThanOrEqual(3)
  })

  it('returns not-found for an exercise the workshop lacks', async () => {
    const rendered = await renderHandoutPdf(
      workshop,
      { kind: 'exercise', exerciseId: 'missing', paper: 'a4', largePrint: false },
      fontsFolder,
    )
    expect(rendered).toMatchObject({ ok: false, code: 'not-found' })
  })
})

describe('loose sheets', () => {
  it('name their exercise and the workshop at the head of every page', async () => {
    const pages = readPdfPages(await renderToFile('heads', {}))
    let current = 0
    pages.forEach((page, index) => {
      expect(page, `page ${String(index + 1)}`).toContain(`${workshop.title} · `)
      // The last exercise that starts on the page is the one in hand at its foot.
      const starts = [...page.matchAll(/EXERCISE (\d+) OF/g)].at(-1)
      if (starts !== undefined) current = Number(starts[1])
      if (current > 0) {
        // One exercise on the page by number and title, or the span of those sharing it.
        const of = String(exercises.length)
        const span = new RegExp(`Exercises (\\d+) (?:and|to) (\\d+) of ${of}`).exec(page)
        if (span === null) expect(page).toContain(`Exercise ${String(current)} of ${of}: `)
        else expect(Number(span[2])).toBe(current)
      }
    })
    expect(current).toBe(exercises.length)
  })

  it('start every exercise on a right-hand page when printed on both sides', async () => {
    const pages = readPdfPages(await renderToFile('duplex', { duplex: true }))
    const starts = pages.flatMap((page, index) => (/EXERCISE \d+ OF/.test(page) ? [index + 1] : []))
    expect(starts).toHaveLength(exercises.length)
    for (const page of starts) expect(page % 2).toBe(1)
    // The head names a blank back "Notes"; pdftotext may read its page number before or after
    // the footer, so the number is not looked for next to it.
    const notes = pages.filter((page) => / · Notes\b/.test(page))
    expect(notes.length).toBeGreaterThan(0)
  })
})

describe('names and characters', () => {
  it('prints accented names in the details and in the workshop itself', async () => {
    const accented: Workshop = {
      ...workshop,
      title: 'Señoras y Señores: Zoë’s Ümlaut Workshop',
      credits: ['Thanks to José Núñez, Zoë Brontë and Łukasz Żółkiewski.'],
    }
    for (const kind of ['pack', 'runsheet'] as const) {
      const file = await renderToFile(
        `accents-${kind}`,
        { kind, date: '3 März 2026', facilitator: 'José Núñez', place: 'Łódź, Śródmieście' },
        accented,
      )
      const text = readPdfText(file)
      for (const expected of [
        'José Núñez',
        '3 März 2026',
        'Łódź, Śródmieście',
        'Señoras y Señores: Zoë’s Ümlaut Workshop',
        'Łukasz Żółkiewski',
      ]) {
        expect(text).toContain(expected)
      }
    }
  })

  it('still exports when text has characters the face lacks', async () => {
    const file = await renderToFile(
      'missing-glyphs',
      { facilitator: '山田 太郎 😀', place: 'Ελλάδα' },
      { ...workshop, subtitle: 'Welcome 👋🏽 ようこそ' },
    )
    const text = readPdfText(file)
    expect(readPdfInfo(file).pages).toBeGreaterThan(2)
    expect(text).toContain('Welcome ?')
    expect(text).toContain('Ελλάδα')
    expect(text).toContain(normaliseText(exercises[0]!.title))
  })

  it('prints a Greek or Cyrillic title as written, on the cover and in every footer', async () => {
    const title = 'Наставничество: Mentoring in Αθήνα'
    const file = await renderToFile('other-scripts', {}, { ...workshop, title })
    const pages = readPdfInfo(file).pages
    const text = readPdfText(file)
    expect(text.split(title).length - 1).toBeGreaterThanOrEqual(pages)
    expect(readPdfFonts(file).some((font) => font.name.includes('Roboto'))).toBe(true)
  })
})

describe('a long workshop', () => {
  it('renders past a hundred pages with every title and correct page counts', async () => {
    const long = repeatWorkshop(workshop, 5)
    const file = await renderToFile('long', {}, long)
    const info = readPdfInfo(file)
    expect(info.pages).toBeGreaterThanOrEqual(100)
    const text = readPdfText(file)
    for (const exercise of listExercises(long))
      expect(text).toContain(normaliseText(exercise.title))
    expect(text).toContain(`Page ${String(info.pages)} of ${String(info.pages)}`)
  })
})
