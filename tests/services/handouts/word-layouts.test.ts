import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Workshop } from '@common/domain/workshop/schema'
import { renderHandoutPdf } from '../../../electron/services/handouts/render-handout'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'

// The same instance the app renders with: a CommonJS module is loaded once per process.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof import('pdfmake')
const fontsFolder = join(resourcesDir, 'fonts')

async function renderPack(workshop: Workshop): Promise<string> {
  const rendered = await renderHandoutPdf(
    workshop,
    { kind: 'pack', paper: 'a4', largePrint: false },
    fontsFolder,
  )
  if (!rendered.ok) throw new Error(rendered.message)
  // The only bytes that differ from one export to the next are the creation date and the file
  // identifier made from it.
  return Buffer.from(rendered.value)
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []')
}

/** The pack with every word shaped afresh where it is printed: pdfkit with no cache at all. */
async function renderPackShapingEveryWord(workshop: Workshop): Promise<string> {
  const createPdf = pdfmake.createPdf.bind(pdfmake)
  const spy = vi
    .spyOn(pdfmake, 'createPdf')
    .mockImplementation((document, options) =>
      createPdf(document, { ...options, fontLayoutCache: false }),
    )
  try {
    return await renderPack(workshop)
  } finally {
    spy.mockRestore()
  }
}

describe('words shaped once for every document', () => {
  it('prints a pack byte for byte as with no cache, after other documents shared its words', async () => {
    const builtin = loadBuiltinWorkshop()
    const alone = await renderPackShapingEveryWord(builtin)
    // Other documents fill the cache first: a shorter pack, and the large-print one.
    await renderPack({ ...builtin, exercises: builtin.exercises.slice(0, 3) })
    await renderHandoutPdf(
      builtin,
      { kind: 'pack', paper: 'letter', largePrint: true },
      fontsFolder,
    )
    const shared = await renderPack(builtin)
    expect(shared.length).toBe(alone.length)
    expect(shared === alone).toBe(true)
  })
})
