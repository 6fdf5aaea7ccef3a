import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { peopleFromLines } from '@common/domain/grouping/roster-text'
import { planSessionRoster, type SessionRoster } from '@common/domain/grouping/session-roster'
import type { Workshop } from '@common/domain/workshop/schema'
import { buildHandoutDocument } from '@common/handouts/build-handout'
import type { HandoutOptions, Paper } from '@common/handouts/options'
import { createTheme } from '@common/handouts/theme'
import type { MessageLanguage } from '@common/i18n/locales'
import { renderHandoutPdf } from '../../../electron/services/handouts/render-handout'
import { renderPdfDocument } from '../../../electron/services/handouts/render-pdf'
import {
  countNamedPacksPdf,
  renderGroupsPdf,
} from '../../../electron/services/roster/render-groups'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'
import { measurePageFill, readPdfInfo } from '../../support/poppler'
import {
  countQrFinders,
  findLoneBlocks,
  findNamelessPhaseRows,
  findSparsePages,
  findUnmarkedRunOns,
  findUntitledTables,
  findWrappedFooters,
  isNotesPage,
  readCoverRows,
  readFooterLines,
  readLayoutPages,
} from '../../support/print-check'
import { makeTempFolder } from '../../support/temp-folders'
import { inEnglish } from '../../support/in-english'

// The print check: every document of the built-in workshop on both papers, normal and large
// print, read back from the PDF as a participant with a pen and a facilitator at the copier
// would see it. PRINT_CHECK_OUT=<folder> keeps the PDFs for looking at.
const fontsFolder = join(resourcesDir, 'fonts')
const workshop = loadBuiltinWorkshop()
const keep = process.env.PRINT_CHECK_OUT
let folder: Awaited<ReturnType<typeof makeTempFolder>>
let roster: SessionRoster

/** The most pages a pack may take: A4 24, Letter 26, and large print in proportion. */
const PACK_PAGES: Record<Paper, { normal: number; large: number }> = {
  a4: { normal: 24, large: 40 },
  letter: { normal: 26, large: 42 },
}

beforeAll(async () => {
  folder = await makeTempFolder('print-check')
  if (keep !== undefined) await mkdir(keep, { recursive: true })
  const read = peopleFromLines(
    'Maximiliana Papadopoulou-Whitfield\nFrançois-Xavier Dubois\nAigerim Nurmagambetova',
  )
  if (!read.ok) throw new Error(inEnglish(read.message))
  const rules = { size: 2, perExercise: true, seed: 5, mixBy: null, apart: [], together: [] }
  const planned = planSessionRoster(workshop, read.people, rules)
  if (!planned.ok) throw new Error(planned.message.id)
  roster = planned.roster
})
afterAll(async () => {
  await folder.remove()
})

async function save(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(keep ?? folder.path, name)
  await writeFile(file, bytes)
  return file
}

/** Which laid-out tables run over more than one page, by their first cell's words. */
interface Printed {
  file: string
  splitTables: string[]
}

/** Prints a handout as the app does and notes, from pdfmake's own layout, any table it split. */
async function printHandout(source: Workshop, options: HandoutOptions): Promise<Printed> {
  const built = buildHandoutDocument(source, options)
  if (!built.ok) throw new Error(built.message)
  const splitTables: string[] = []
  const document: TDocumentDefinitions = {
    ...built.value,
    pageBreakBefore: (node) => {
      if (node.table !== undefined && node.pageNumbers.length > 1) {
        splitTables.push(JSON.stringify(node.table).slice(0, 160))
      }
      return false
    },
  }
  const name = `${options.kind}-${options.paper}${options.largePrint ? '-large' : ''}.pdf`
  return { file: await save(name, await renderPdfDocument(document, fontsFolder)), splitTables }
}

/** Pages short by accident, and pages holding a lone scrap (see the support module). */
function findShortPages(file: string, options: { paper: Paper; largePrint: boolean }): string[] {
  const theme = createTheme(options)
  const fills = measurePageFill(file, theme.margins[1], theme.pageHeight - theme.margins[3])
  const pages = readLayoutPages(file)
  return [...findSparsePages(pages, fills), ...findLoneBlocks(pages, fills)]
}

/**
 * Pages whose footer credit wraps onto a second line: a second line would hold only the
 * credit's last words (the grant number alone, in large print).
 */
function findFootersOverOneLine(
  file: string,
  options: { paper: Paper; largePrint: boolean; language?: MessageLanguage },
): string[] {
  const theme = createTheme(options)
  const footerTop = theme.pageHeight - theme.margins[3]
  // Large print is read with low vision: its credit may be smaller than the body, never tiny. A
  // word's box in the handout face is 1.24 times its size; 12.4 pt is a 10 pt credit.
  const least = options.largePrint ? 12.3 : 0
  const tiny = readFooterLines(file, footerTop).filter((line) => line.height < least)
  return [
    ...findWrappedFooters(file, footerTop),
    ...tiny.map((line) => `page ${String(line.page)}: ${line.height.toFixed(1)} pt box`),
  ]
}

/** Pages that ask people to scan something but carry no code or no link to type. */
function findScanWithoutCode(file: string, link: string | undefined): string[] {
  const pages = readLayoutPages(file)
  const finders = countQrFinders(file)
  return pages.flatMap((page, index) => {
    if (!/\bscan\b/i.test(page)) return []
    const hasLink = link !== undefined && page.replace(/\s+/g, '').includes(link)
    const hasCode = (finders[index] ?? 0) >= 2
    return hasLink && hasCode ? [] : [`page ${String(index + 1)}`]
  })
}

/** The column heads of the printer's cover sheet ("Starts on page" may wrap), once or twice a line. */
const coverHeads = /^Pack for\s+Starts on\b/

/**
 * Where each named pack starts in the file and how many pages it takes, read from the packs
 * themselves; double-sided, the last one's blank back counts, as the others' do.
 */
function measurePacks(pages: string[]): { start: number; pages: number }[] {
  const starts = pages.flatMap((page, index) =>
    /THIS PACK BELONGS TO/.test(page) ? [index + 1] : [],
  )
  return starts.map((start, index) => {
    const length = (starts[index + 1] ?? pages.length + 1) - start
    return { start, pages: length + (length % 2) }
  })
}

describe.each([
  ['a4', false],
  ['a4', true],
  ['letter', false],
  ['letter', true],
] as const)('printed on %s, large print %s', (paper, largePrint) => {
  it('the pack fits its page budget, with no page short by accident and no table cut', async () => {
    const printed = await printHandout(workshop, { kind: 'pack', paper, largePrint })
    const pages = readPdfInfo(printed.file).pages
    expect(pages).toBeLessThanOrEqual(PACK_PAGES[paper][largePrint ? 'large' : 'normal'])
    expect(findShortPages(printed.file, { paper, largePrint })).toEqual([])
    expect(printed.splitTables).toEqual([])
    expect(findScanWithoutCode(printed.file, workshop.feedbackUrl)).toEqual([])
    // The credit's last words never sit alone on a second line of the footer.
    expect(readLayoutPages(printed.file).join('\n')).not.toMatch(/^\s*RE-95-17-0104-17\.\s*$/m)
    expect(findFootersOverOneLine(printed.file, { paper, largePrint })).toEqual([])
  })

  it('the run sheet has no page short by accident and needs no app to follow', async () => {
    const rendered = await renderHandoutPdf(
      workshop,
      { kind: 'runsheet', paper, largePrint },
      fontsFolder,
    )
    if (!rendered.ok) throw new Error(rendered.message)
    const file = await save(`runsheet-${paper}${largePrint ? '-large' : ''}.pdf`, rendered.value)
    expect(findShortPages(file, { paper, largePrint })).toEqual([])
    expect(findFootersOverOneLine(file, { paper, largePrint })).toEqual([])
    // A section that runs onto another page says so under its repeated heading.
    expect(findUnmarkedRunOns(readLayoutPages(file))).toEqual([])
    // A page that opens partway through a phase names the phase (and its time) again.
    expect(findNamelessPhaseRows(readLayoutPages(file))).toEqual([])
    const text = readLayoutPages(file).join('\n')
    expect(text).not.toMatch(/automatically|on the room screen|countdown/i)
    // Notes about the source stay in the workshop file.
    expect(text).not.toMatch(/original to (the|this) workshop|cut off/i)
    expect(text).not.toMatch(paper === 'a4' ? /Letter-size/i : /A4 sheets/i)
    expect(text).toContain('When running late')
    // Every exercise names its page in the pack (again on each page its section runs onto).
    expect(text.match(/pack page \d+/g)?.length).toBeGreaterThanOrEqual(12)
  })

  it('named packs start on right-hand pages, are even and number their own pages', async () => {
    const rendered = await renderGroupsPdf(
      workshop,
      roster,
      'namedPacks',
      { paper, largePrint },
      fontsFolder,
    )
    if (!rendered.ok) throw new Error(rendered.message)
    const file = await save(`named-packs-${paper}${largePrint ? '-large' : ''}.pdf`, rendered.value)
    const pages = readLayoutPages(file)
    const starts = pages.flatMap((page, index) =>
      /THIS PACK BELONGS TO/.test(page) ? [index + 1] : [],
    )
    expect(starts).toHaveLength(roster.people.length)
    // Right-hand pages are the odd ones; the cover sheet and its back come first.
    expect(starts.filter((page) => page % 2 === 0)).toEqual([])
    const lengths = starts.map((start, index) => (starts[index + 1] ?? pages.length + 1) - start)
    expect(lengths.slice(0, -1).filter((length) => length % 2 === 1)).toEqual([])
    // Each pack's pages are numbered within it: its name page is page 1 of its own length (the
    // last pack's blank back counts, as the others' do).
    starts.forEach((start, index) => {
      const length = lengths[index] ?? 0
      expect(pages[start - 1]).toContain(`Page 1 of ${String(length + (length % 2))}`)
    })
    expect(findShortPages(file, { paper, largePrint })).toEqual([])
    expect(findFootersOverOneLine(file, { paper, largePrint })).toEqual([])
    // A partners table that runs on keeps its title (see the long names below).
    const heads = /^Exercise\s+With\s+Your role$/
    expect(findUntitledTables(pages, 'Your partners and roles today', heads)).toEqual([])
    // The printer's cover sheet names where each pack starts and how long it is.
    expect(readCoverRows(pages)).toEqual(measurePacks(pages))
    // What the handouts panel says before printing is what prints: every page face, the
    // last pack's blank back included.
    const count = await countNamedPacksPdf(workshop, roster, { paper, largePrint }, fontsFolder)
    if (!count.ok) throw new Error(count.message)
    expect([pages.length, pages.length + 1]).toContain(count.value.pages)
    // The longest pack may be the last, whose blank back the file leaves out but the count keeps.
    expect(count.value.pagesEach).toBe(Math.max(...lengths.map((length) => length + (length % 2))))
    expect(count.value.sheets).toBe(Math.ceil(pages.length / 2))
  })
})

describe('named packs for many people with long names', () => {
  it.each([
    ['a4', false],
    ['a4', true],
    ['letter', false],
    ['letter', true],
  ] as const)(
    'on %s, large print %s, head every page of the partners table with its title, the cover on one',
    async (paper, largePrint) => {
      const read = peopleFromLines(
        [
          'María José Fernández-Villanueva',
          'Nguyễn Thị Minh Khai',
          'Jean-Baptiste Öztürk-Løvstad',
          'Aigerim Nurmagambetova-Kassymova',
          'Maximiliana Papadopoulou-Whitfield',
          'François-Xavier de la Rochefoucauld',
          'Siobhán Ní Dhubhghaill-Ó Súilleabháin',
          'Oluwaseun Adebayo-Okonkwo',
          'Wolfgang Schwarzenegger-Müllerstraße',
          'Krzysztof Wiśniewski-Brzęczyszczykiewicz',
          'Anahí Guadalupe Quispe-Mamani',
          'Þórunn Guðmundsdóttir-Sigurðardóttir',
          'Bartholomew Montgomery-Fitzwilliam',
          'Rukhsana Chaudhry-Venkataraman',
        ].join('\n'),
      )
      if (!read.ok) throw new Error(inEnglish(read.message))
      const rules = { size: 3, perExercise: true, seed: 7, mixBy: null, apart: [], together: [] }
      const planned = planSessionRoster(workshop, read.people, rules)
      if (!planned.ok) throw new Error(planned.message.id)
      const rendered = await renderGroupsPdf(
        workshop,
        planned.roster,
        'namedPacks',
        { paper, largePrint },
        fontsFolder,
      )
      if (!rendered.ok) throw new Error(rendered.message)
      const file = await save(
        `named-packs-long-names-${paper}${largePrint ? '-large' : ''}.pdf`,
        rendered.value,
      )
      const pages = readLayoutPages(file)
      const heads = /^Exercise\s+With\s+Your role$/
      // The table runs on in this batch; each page it runs onto says whose table it is.
      expect(
        pages.filter((page) => page.split('\n').some((line) => heads.test(line.trim()))).length,
      ).toBeGreaterThan(planned.roster.people.length)
      expect(findUntitledTables(pages, 'Your partners and roles today', heads)).toEqual([])
      // The printer's cover sheet lists every pack on one page, its blank back before the first.
      const packs = pages.findIndex((page) => page.includes('THIS PACK BELONGS TO'))
      expect(pages.slice(0, packs).filter((page) => !isNotesPage(page))).toHaveLength(1)
      expect(findUntitledTables(pages, 'The packs in this batch', coverHeads)).toEqual([])
      expect(readCoverRows(pages)).toEqual(measurePacks(pages))
      // No page of a pack holds a row or two alone.
      expect(findShortPages(file, { paper, largePrint })).toEqual([])
    },
  )
})

describe('a workshop with a feedback link', () => {
  it('prints the link and a QR code on the page that asks people to scan it', async () => {
    const link = 'https://example.org/feedback/mentoring-both-ways'
    const printed = await printHandout(
      { ...workshop, feedbackUrl: link },
      { kind: 'pack', paper: 'a4', largePrint: false },
    )
    const pages = readLayoutPages(printed.file)
    expect(pages.some((page) => /\bscan\b/i.test(page))).toBe(true)
    expect(findScanWithoutCode(printed.file, link)).toEqual([])
  })

  it('is never asked for when the workshop has none', async () => {
    const printed = await printHandout(workshop, { kind: 'pack', paper: 'a4', largePrint: false })
    expect(readLayoutPages(printed.file).join('\n')).not.toMatch(/\bscan\b|QR code/i)
  })
})

describe('the footer in German, the longest of the languages', () => {
  it.each([
    ['a4', false],
    ['a4', true],
    ['letter', false],
    ['letter', true],
  ] as const)('keeps the credit on one line on %s, large print %s', async (paper, largePrint) => {
    const options = { paper, largePrint, language: 'de' } as const
    const rendered = await renderHandoutPdf(workshop, { kind: 'runsheet', ...options }, fontsFolder)
    if (!rendered.ok) throw new Error(rendered.message)
    const file = await save(`runsheet-de-${paper}${largePrint ? '-large' : ''}.pdf`, rendered.value)
    expect(readLayoutPages(file)[2]).toMatch(/Seite 3 von \d+/)
    expect(findFootersOverOneLine(file, options)).toEqual([])
  })
})
