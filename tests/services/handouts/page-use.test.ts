import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { HandoutOptions } from '@common/handouts/options'
import { createTheme } from '@common/handouts/theme'
import { renderHandoutPdf } from '../../../electron/services/handouts/render-handout'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'
import { measurePageFill } from '../../support/poppler'
import { makeTempFolder } from '../../support/temp-folders'

let folder: Awaited<ReturnType<typeof makeTempFolder>>

beforeAll(async () => {
  folder = await makeTempFolder('page-use')
})
afterAll(async () => {
  await folder.remove()
})

/**
 * The part each page belongs to, from its running head ("Exercise 3 of 12: …"). The cover, the
 * agenda and the focus areas share the pack's head, but each starts a page of its own.
 */
function readParts(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1)
    .map((page) => {
      const head = page.split('\n').find((line) => line.trim() !== '') ?? ''
      return head.replace(/Page \d+ of \d+/, '').trim()
    })
    .map((head, index) =>
      head.includes('Exercise') ? head : `front matter, page ${String(index)}`,
    )
}

// Large print is left out for now: there the network map's prompt panel runs one phase onto a
// page of its own before the map, which needs the whole next page (a known gap).
describe.each([
  ['a4', false],
  ['letter', false],
] as const)('the built-in participant pack on %s, large print %s', (paper, largePrint) => {
  it('fills at least a third of every page that does not end an exercise', async () => {
    const options: HandoutOptions = { kind: 'pack', paper, largePrint }
    const rendered = await renderHandoutPdf(
      loadBuiltinWorkshop(),
      options,
      join(resourcesDir, 'fonts'),
    )
    if (!rendered.ok) throw new Error(rendered.message)
    const file = join(folder.path, `${paper}-${String(largePrint)}.pdf`)
    await writeFile(file, rendered.value)

    const theme = createTheme(options)
    const fills = measurePageFill(file, theme.margins[1], theme.pageHeight - theme.margins[3])
    const parts = readParts(file)
    expect(new Set(parts.filter((part) => part.includes('Exercise'))).size).toBe(12)
    expect(fills).toHaveLength(parts.length)
    // The measure sees a nearly empty page as such, so the check below can fail.
    expect(Math.min(...fills)).toBeLessThan(0.5)
    const sparse = fills.flatMap((fill, index) => {
      const endsItsPart = index === parts.length - 1 || parts[index + 1] !== parts[index]
      return fill < 1 / 3 && !endsItsPart ? [`page ${String(index + 1)}: ${fill.toFixed(2)}`] : []
    })
    expect(sparse).toEqual([])
  })
})
