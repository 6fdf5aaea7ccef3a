import { createHash } from 'node:crypto'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseWorkshopData, serializeWorkshop } from '@common/domain/workshop/parse'
import { LibraryFolder } from '../../electron/services/library/library-folder'
import { loadBuiltinWorkshop } from '../support/handout-fixtures'
import { median, timeMs } from './stats'

/**
 * Fills `folder` with `count` workshop files, each a variation of the built-in one (its own
 * title, and a rotated agenda so no two files are the same text), written as the app writes them.
 */
export async function writeLibrary(folder: string, count: number): Promise<void> {
  const builtin = loadBuiltinWorkshop()
  for (let i = 0; i < count; i += 1) {
    const turn = i % builtin.exercises.length
    const workshop = {
      ...builtin,
      title: `${builtin.title} ${String(i + 1)}`,
      exercises: [...builtin.exercises.slice(turn), ...builtin.exercises.slice(0, turn)],
    }
    await writeFile(
      join(folder, `workshop-${String(i + 1).padStart(3, '0')}.workshop.json`),
      serializeWorkshop(workshop),
    )
  }
}

async function listCold(folder: string, expected: number): Promise<void> {
  const scan = await new LibraryFolder(folder).scan()
  if (scan.files.length !== expected || scan.broken.length !== 0)
    throw new Error(
      `listed ${String(scan.files.length)} files and ${String(scan.broken.length)} broken`,
    )
}

/** The floor: list the folder, read every file and parse its JSON, as concurrently as a scan. */
async function readAndParse(folder: string): Promise<void> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.workshop.json'))
  await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as unknown),
  )
}

export interface LibraryOpen {
  listMs: number
  floorMs: number
  ratio: number
  /** Where a scan's time goes, summed over every file, each step run on its own (ms). */
  parts: Record<string, number>
}

/**
 * Lists a library of `count` files with a fresh `LibraryFolder` each time (no parse cache), and
 * times the floor in the same run, alternating the two so both see the same machine and the same
 * warm file cache. Medians of `runs` each, after one warm-up of each.
 */
export async function measureLibraryOpen(
  folder: string,
  count: number,
  runs: number,
): Promise<LibraryOpen> {
  await listCold(folder, count)
  await readAndParse(folder)
  const list: number[] = []
  const floor: number[] = []
  for (let i = 0; i < runs; i += 1) {
    floor.push(await timeMs(() => readAndParse(folder)))
    list.push(await timeMs(() => listCold(folder, count)))
  }
  const listMs = median(list)
  const floorMs = median(floor)
  return { listMs, floorMs, ratio: listMs / floorMs, parts: await timeScanParts(folder) }
}

/** Times each step a scan takes per file, one step at a time over all files, to find the cost. */
async function timeScanParts(folder: string): Promise<Record<string, number>> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.workshop.json'))
  const paths = names.map((name) => join(folder, name))
  const texts: string[] = []
  const data: unknown[] = []
  const parts: Record<string, number> = {}
  parts['stat ×2 (read + readWorkshopFile)'] = await timeMs(() =>
    Promise.all(paths.flatMap((path) => [stat(path), stat(path)])),
  )
  parts['read text'] = await timeMs(async () => {
    texts.push(...(await Promise.all(paths.map((path) => readFile(path, 'utf8')))))
  })
  parts['JSON.parse'] = await timeMs(() => {
    for (const text of texts) data.push(JSON.parse(text))
    return Promise.resolve()
  })
  parts['migrate + zod validate'] = await timeMs(() => {
    for (const value of data) parseWorkshopData(value)
    return Promise.resolve()
  })
  parts['sha256 revision'] = await timeMs(() => {
    for (const text of texts) createHash('sha256').update(text).digest('hex')
    return Promise.resolve()
  })
  const titles = data.map((value) => (value as { title: string }).title)
  parts['sort by title'] = await timeMs(() => {
    titles.sort((a, b) => a.localeCompare(b))
    return Promise.resolve()
  })
  return parts
}
