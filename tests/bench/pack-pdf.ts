import { writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'
import { buildHandoutDocument } from '@common/handouts/build-handout'
import { FALLBACK_FONT, HANDOUT_FONT } from '@common/handouts/theme'
import type { Workshop } from '@common/domain/workshop/schema'
import { renderHandoutPdf } from '../../electron/services/handouts/render-handout'
import { repeatWorkshop } from '../support/handout-fixtures'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { resourcesDir } from '../support/paths'
import { readPdfInfo } from '../support/poppler'
import { median, timeMs } from './stats'

const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof import('pdfmake')
const fontsFolder = join(resourcesDir, 'fonts')
const packOptions = { kind: 'pack', paper: 'a4', largePrint: false } as const

async function renderPack(workshop: Workshop): Promise<Uint8Array> {
  const rendered = await renderHandoutPdf(workshop, packOptions, fontsFolder)
  if (!rendered.ok) throw new Error(rendered.message)
  return rendered.value
}

async function countPages(bytes: Uint8Array, scratchDir: string, name: string): Promise<number> {
  const file = join(scratchDir, name)
  await writeFile(file, bytes)
  return readPdfInfo(file).pages
}

export interface PackCost {
  packMs: number
  pages: number
  perPageMs: number
  bigExercises: number
  bigPages: number
  bigMs: number
  bigPerPageMs: number
}

/**
 * The participant pack of the built-in workshop (median of `runs` after one warm-up, which loads
 * the fonts and compiles the code), then a workshop with `times` as many exercises rendered once,
 * both per page, so the growth of the cost with size shows.
 */
export async function measurePackPdf(
  scratchDir: string,
  runs: number,
  times: number,
): Promise<PackCost> {
  const builtin = loadBuiltinWorkshop()
  const pages = await countPages(await renderPack(builtin), scratchDir, 'pack-1x.pdf')
  const samples: number[] = []
  for (let i = 0; i < runs; i += 1) samples.push(await timeMs(() => renderPack(builtin)))
  const packMs = median(samples)
  const big = repeatWorkshop(builtin, times)
  let bigBytes: Uint8Array = new Uint8Array()
  const bigMs = await timeMs(async () => {
    bigBytes = await renderPack(big)
  })
  const bigPages = await countPages(bigBytes, scratchDir, `pack-${String(times)}x.pdf`)
  return {
    packMs,
    pages,
    perPageMs: packMs / pages,
    bigExercises: big.exercises.length,
    bigPages,
    bigMs,
    bigPerPageMs: bigMs / bigPages,
  }
}

/** The same fonts dictionary shape as the app's, naming the standard PDF fonts: nothing to shape or embed. */
function standardFonts(): TFontDictionary {
  const helvetica = {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  }
  return { [HANDOUT_FONT]: helvetica, [FALLBACK_FONT]: helvetica }
}

/** The pack as the app builds it, laid out and written in the standard PDF fonts instead. */
async function renderInStandardFonts(workshop: Workshop): Promise<void> {
  const built = buildHandoutDocument(workshop, packOptions)
  if (!built.ok) throw new Error(built.message)
  const document: TDocumentDefinitions = built.value
  const fonts = standardFonts()
  // The app's policy allows files in its fonts folder only; the standard fonts are names, not files.
  const names = new Set(Object.values(fonts).flatMap((face) => Object.values(face) as string[]))
  pdfmake.setLocalAccessPolicy((path) => names.has(path))
  pdfmake.setFonts(fonts)
  await pdfmake.createPdf(document).getBuffer()
}

export interface PackRatio {
  appMs: number
  floorMs: number
  ratio: number
}

/**
 * The built-in pack as the app exports it, against the floor: the same document, built the same
 * way, laid out and written by pdfmake in the standard PDF fonts, which need no shaping and no
 * embedding. Both sides build the document, so the ratio is the fonts' cost alone. The two
 * alternate `runs` times after a warm-up of each, so both see the same machine.
 */
export async function measurePackRatio(runs: number): Promise<PackRatio> {
  const builtin = loadBuiltinWorkshop()
  await renderPack(builtin)
  await renderInStandardFonts(builtin)
  const app: number[] = []
  const floor: number[] = []
  for (let i = 0; i < runs; i += 1) {
    app.push(await timeMs(() => renderPack(builtin)))
    floor.push(await timeMs(() => renderInStandardFonts(builtin)))
  }
  return { appMs: median(app), floorMs: median(floor), ratio: median(app) / median(floor) }
}
