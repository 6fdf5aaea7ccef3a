import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Workshop } from '@common/domain/workshop/schema'
import { renderHandoutPdf } from '../../electron/services/handouts/render-handout'
import { repeatWorkshop } from '../support/handout-fixtures'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { resourcesDir } from '../support/paths'
import { readPdfInfo } from '../support/poppler'
import { median, timeMs } from './stats'

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
