import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Content } from 'pdfmake/interfaces'
import { buildBatchCover, countCoverPages } from '@common/handouts/groups/batch-cover'
import { frameDocument } from '@common/handouts/page-frame'
import { createTheme } from '@common/handouts/theme'
import { renderPdfDocument } from '../../../electron/services/handouts/render-pdf'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'
import { findUntitledTables, readCoverRows, readLayoutPages } from '../../support/print-check'
import { makeTempFolder } from '../../support/temp-folders'

const fonts = join(resourcesDir, 'fonts')
const workshop = loadBuiltinWorkshop()
/** Long names from many languages, as the print check's roster has them. */
const LONG_NAMES = [
  'María José Fernández-Villanueva',
  'Jean-Baptiste Öztürk-Løvstad',
  'Siobhán Ní Dhubhghaill-Ó Súilleabháin',
  'Krzysztof Wiśniewski-Brzęczyszczykiewicz',
  'Þórunn Guðmundsdóttir-Sigurðardóttir',
  'Nguyễn Thị Minh Khai',
]
const coverHeads = /^Pack for\s+Starts on\b/

/**
 * The printer's cover sheet for `count` packs with long names, alone in a document, each pack
 * standing in as a page with its name line's anchor.
 */
async function printCover(count: number, largePrint: boolean): Promise<string[]> {
  const theme = createTheme({ paper: 'letter', largePrint })
  const packs = Array.from({ length: count }, (_, index) => ({
    name: LONG_NAMES[index % LONG_NAMES.length] ?? '',
    anchor: `pack-${String(index)}-name`,
    pages: 44,
  }))
  const content: Content[] = [
    buildBatchCover(workshop, packs, true, theme),
    ...packs.map((pack): Content => ({
      text: 'THIS PACK BELONGS TO',
      id: pack.anchor,
      pageBreak: 'before',
    })),
  ]
  const bytes = await renderPdfDocument(frameDocument(workshop, theme, 'Cover', content), fonts)
  const folder = await makeTempFolder('batch-cover')
  try {
    const file = join(folder.path, 'cover.pdf')
    await writeFile(file, bytes)
    const pages = readLayoutPages(file)
    const expected = countCoverPages(workshop, packs, theme)
    // The batch's page count takes the cover's length from the same plan the cover is set by.
    expect(pages.findIndex((page) => page.includes('THIS PACK BELONGS TO'))).toBe(expected)
    return pages
  } finally {
    await folder.remove()
  }
}

describe("the named packs' cover sheet", () => {
  it('lists a roster of 28 long names on one page', async () => {
    const pages = await printCover(28, true)
    expect(pages.findIndex((page) => page.includes('THIS PACK BELONGS TO'))).toBe(1)
    expect(readCoverRows(pages)).toHaveLength(28)
  })

  it('runs a roster too long for one page on under its title marked (continued)', async () => {
    const pages = await printCover(150, true)
    const cover = pages.slice(
      0,
      pages.findIndex((page) => page.includes('THIS PACK BELONGS TO')),
    )
    expect(cover.length).toBeGreaterThan(1)
    expect(findUntitledTables(cover, 'The packs in this batch', coverHeads)).toEqual([])
    expect(
      cover.slice(1).every((page) => page.includes('The packs in this batch (continued)')),
    ).toBe(true)
    // Every pack is listed once, in order, with the page its name line landed on.
    const rows = readCoverRows(pages)
    expect(rows).toHaveLength(150)
    expect(rows.map((row) => row.start)).toEqual(
      Array.from({ length: 150 }, (_, index) => cover.length + index + 1),
    )
  })
})
