import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { HandoutKind } from '@common/handouts/options'
import type { MessageLanguage } from '@common/i18n/locales'
import { renderHandoutPdf } from '../../../electron/services/handouts/render-handout'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'
import { readPdfInfo, readPdfPages, readPdfText } from '../../support/poppler'
import { makeTempFolder } from '../../support/temp-folders'

// The pack and the run sheet in each language, read back with pdftotext. The built-in workshop's
// own words stay English, so "no English left" is judged on the chrome alone: the words the
// English print has and the stretched test language (en-XA, whose chrome is all accented) has
// not can only be words the app printed around the workshop's own.
const fontsFolder = join(resourcesDir, 'fonts')
const workshop = loadBuiltinWorkshop()
let folder: Awaited<ReturnType<typeof makeTempFolder>>

beforeAll(async () => {
  folder = await makeTempFolder('print-languages')
})
afterAll(async () => {
  await folder.remove()
})

async function print(kind: HandoutKind, language: MessageLanguage): Promise<string> {
  const rendered = await renderHandoutPdf(
    workshop,
    { kind, paper: 'a4', largePrint: false, language },
    fontsFolder,
  )
  if (!rendered.ok) throw new Error(rendered.message)
  const file = join(folder.path, `${kind}-${language}.pdf`)
  await writeFile(file, rendered.value)
  return file
}

function wordsOf(text: string): Set<string> {
  return new Set(text.split(/[^\p{L}]+/u).filter((word) => word.length >= 3))
}

/**
 * Words each language writes as English does, so finding them is no sign of English left:
 * "Notes", "Page" and "Place" ("Place à une pause") are French too, "optional" and "Phase" German,
 * "Total" Spanish.
 */
const sharedWithEnglish: Record<'es' | 'fr' | 'de', readonly string[]> = {
  es: ['Total', 'flexible'],
  fr: [
    'Notes',
    'Date',
    'Page',
    'PARTICIPANT',
    'Place',
    'proportion',
    'Total',
    'flexible',
    'tables',
  ],
  de: ['optional', 'OPTIONAL', 'flexible', 'Phase'],
}

const footers = {
  es: (pages: number) => `Página 3 de ${String(pages)}`,
  fr: (pages: number) => `Page 3 sur ${String(pages)}`,
  de: (pages: number) => `Seite 3 von ${String(pages)}`,
} as const

describe.each(['pack', 'runsheet'] as const)('the %s in each language', (kind) => {
  let chrome: string[] = []

  beforeAll(async () => {
    const english = wordsOf(readPdfText(await print(kind, 'en')))
    const stretched = wordsOf(readPdfText(await print(kind, 'en-XA')))
    // A title broken at its hyphen comes back joined ("Quick-Set" as "QuickSet") wherever the
    // line happens to wrap: still the workshop's own word.
    const own = wordsOf(JSON.stringify(workshop).replace(/-/g, ''))
    chrome = [...english].filter((word) => !stretched.has(word) && !own.has(word))
  })

  it('finds the English chrome to look for', () => {
    // Sanity: the comparison sees the running heads and headings, not nothing.
    expect(chrome).toEqual(expect.arrayContaining(['Page']))
    expect(chrome.length).toBeGreaterThan(15)
  })

  it.each(['es', 'fr', 'de'] as const)(
    'in %s, numbers its pages and leaves no English',
    async (language) => {
      const file = await print(kind, language)
      const pages = readPdfInfo(file).pages
      expect(readPdfPages(file)[2]).toContain(footers[language](pages))
      const words = wordsOf(readPdfText(file))
      const left = chrome.filter(
        (word) => words.has(word) && !sharedWithEnglish[language].includes(word),
      )
      expect(left).toEqual([])
    },
  )
})
