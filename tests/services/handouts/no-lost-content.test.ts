import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Workshop } from '@common/domain/workshop/schema'
import type { HandoutOptions } from '@common/handouts/options'
import { renderHandoutPdf } from '../../../electron/services/handouts/render-handout'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { listExercises } from '../../support/handout-fixtures'
import { resourcesDir } from '../../support/paths'
import { findMissingWords, measureEdgeDistance, readPdfText } from '../../support/poppler'
import { arbitraryWorkshop } from '../../support/random-workshop'
import { makeTempFolder } from '../../support/temp-folders'
import { listPrintedTexts } from '../../support/workshop-texts'

// pdfmake drops without a word whatever an unbreakable block holds beyond its first page, so
// these tests read the PDFs back and look for every word that should be there.
const fontsFolder = join(resourcesDir, 'fonts')
let folder: Awaited<ReturnType<typeof makeTempFolder>>
let fileCount = 0

beforeAll(async () => {
  folder = await makeTempFolder('lost-content')
})
afterAll(async () => {
  await folder.remove()
})

async function renderFile(workshop: Workshop, options: HandoutOptions): Promise<string> {
  const rendered = await renderHandoutPdf(workshop, options, fontsFolder)
  if (!rendered.ok) throw new Error(rendered.message)
  fileCount += 1
  const file = join(folder.path, `${String(fileCount)}.pdf`)
  await writeFile(file, rendered.value)
  return file
}

async function renderText(workshop: Workshop, options: HandoutOptions): Promise<string> {
  return readPdfText(await renderFile(workshop, options))
}

describe('random workshops printed on any paper and in any size', () => {
  it('keep every title, prompt, worksheet label and facilitator note', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryWorkshop,
        fc.constantFrom('a4', 'letter'),
        fc.boolean(),
        async (workshop, paper, largePrint) => {
          const exercise = listExercises(workshop).at(-1)!
          const handouts: HandoutOptions[] = [
            { kind: 'pack', paper, largePrint },
            { kind: 'runsheet', paper, largePrint },
            { kind: 'exercise', exerciseId: exercise.id, paper, largePrint },
          ]
          for (const options of handouts) {
            const printed = new Set((await renderText(workshop, options)).split(' '))
            const expected = listPrintedTexts(workshop, options.kind, options.exerciseId)
              .join(' ')
              .split(' ')
            const lost = expected.filter((word) => !printed.has(word))
            expect(lost, `${options.kind} on ${paper}, large print ${String(largePrint)}`).toEqual(
              [],
            )
          }
        },
      ),
      { numRuns: 5 },
    )
    // Each run renders three handouts of a workshop that may run to dozens of pages.
  }, 240_000)
})

describe('the built-in workshop', () => {
  const workshop = loadBuiltinWorkshop()
  const combinations = (['pack', 'runsheet'] as const).flatMap((kind) =>
    (['a4', 'letter'] as const).flatMap((paper) =>
      [false, true].map((largePrint) => ({ kind, paper, largePrint })),
    ),
  )

  it.each(combinations)(
    'prints everything in the $kind on $paper, large print $largePrint, 8 mm from the edge',
    async (options) => {
      const file = await renderFile(workshop, options)
      // Most printers clip the outer 5 mm; nothing may come nearer than 8 mm.
      expect(measureEdgeDistance(file)).toBeGreaterThanOrEqual((7.9 / 25.4) * 72)
      const text = readPdfText(file)
      const lost = listPrintedTexts(workshop, options.kind)
        .map((expected) => ({ expected, missing: findMissingWords(text, expected) }))
        .filter((check) => check.missing.length > 0)
      expect(lost).toEqual([])
    },
  )
})
