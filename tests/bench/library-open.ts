import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import {
  parseWorkshopData,
  parseWorkshopText,
  serializeWorkshop,
} from '@common/domain/workshop/parse'
import { workshopSchema } from '@common/domain/workshop/schema'
import { LibraryFolder } from '../../electron/services/library/library-folder'
import { LIBRARY_INDEX_FILE, LibraryIndex } from '../../electron/services/library/library-index'
import { Storage } from '../../electron/services/storage/storage'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { median, timeMs } from './stats'

/**
 * Fills `folder` with `count` workshop files, each a variation of the built-in one (its own
 * title, and a rotated agenda so no two files are the same text), written as the app writes them.
 * They are dated a day back, as a library's files are when the app starts: the index leaves out
 * files modified in the last seconds, whose times cannot yet tell two saves apart.
 */
export async function writeLibrary(folder: string, count: number): Promise<void> {
  const builtin = loadBuiltinWorkshop()
  const aDayAgo = new Date(Date.now() - 86_400_000)
  for (let i = 0; i < count; i += 1) {
    const turn = i % builtin.exercises.length
    const workshop = {
      ...builtin,
      title: `${builtin.title} ${String(i + 1)}`,
      exercises: [...builtin.exercises.slice(turn), ...builtin.exercises.slice(0, turn)],
    }
    const path = join(folder, `workshop-${String(i + 1).padStart(3, '0')}.workshop.json`)
    await writeFile(path, serializeWorkshop(workshop))
    await utimes(path, aDayAgo, aDayAgo)
  }
}

/** What the index says it was made by; the bench only needs the same string every start. */
const BENCH_APP_VERSION = 'bench'

/**
 * Times the listing an app start does: a fresh `Storage`, the library index loaded from
 * `userDataDir` (when a previous start left one), a fresh `LibraryFolder` and its scan. Nothing
 * is warm in memory but the operating system's file cache. The index write a first start leaves
 * running in the background finishes after the timing, before the next start.
 */
async function timeStart(
  folder: string,
  userDataDir: string,
  expected: number,
  expectedBroken = 0,
): Promise<number> {
  const storage = new Storage()
  const started = performance.now()
  const index = await LibraryIndex.load(storage, userDataDir, BENCH_APP_VERSION)
  const scan = await new LibraryFolder(folder, index).scan()
  const ms = performance.now() - started
  await storage.flush()
  if (scan.files.length !== expected || scan.broken.length !== expectedBroken)
    throw new Error(
      `listed ${String(scan.files.length)} files and ${String(scan.broken.length)} broken`,
    )
  return ms
}

/** A first start: no index yet (a new install, or the first start after an upgrade). */
async function timeFirstStart(
  folder: string,
  userDataDir: string,
  expected: number,
  expectedBroken = 0,
): Promise<number> {
  await rm(join(userDataDir, LIBRARY_INDEX_FILE), { force: true })
  return timeStart(folder, userDataDir, expected, expectedBroken)
}

/** The floor: list the folder, read every file and parse its JSON, as concurrently as a scan. */
async function readAndParse(folder: string): Promise<void> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.workshop.json'))
  await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as unknown),
  )
}

export interface LibraryOpen {
  /** A start with the index a previous start left: one stat per file and the index (ms). */
  listMs: number
  /** A start with no index: every file read, parsed, validated and hashed (ms). */
  firstListMs: number
  /** Reading and parsing every file, the least a listing without an index could cost (ms). */
  floorMs: number
  /** `listMs` over `floorMs`. */
  ratio: number
  /** Where a first start's time goes, summed over every file, each step run on its own (ms). */
  parts: Record<string, number>
}

/**
 * Lists a library of `count` files as app starts do, with and without the index of a previous
 * start, and times the floor in the same run, alternating the three so all see the same machine
 * and the same warm file cache. Medians of `runs` each, after one warm-up of each.
 */
export async function measureLibraryOpen(
  folder: string,
  userDataDir: string,
  count: number,
  runs: number,
): Promise<LibraryOpen> {
  await readAndParse(folder)
  await timeFirstStart(folder, userDataDir, count)
  await timeStart(folder, userDataDir, count)
  const floor: number[] = []
  const first: number[] = []
  const list: number[] = []
  for (let i = 0; i < runs; i += 1) {
    floor.push(await timeMs(() => readAndParse(folder)))
    first.push(await timeFirstStart(folder, userDataDir, count))
    list.push(await timeStart(folder, userDataDir, count))
  }
  const listMs = median(list)
  const floorMs = median(floor)
  return {
    listMs,
    firstListMs: median(first),
    floorMs,
    ratio: listMs / floorMs,
    parts: await timeScanParts(folder, userDataDir),
  }
}

/**
 * Times each step a first start's scan takes per file, one step at a time over all files, to find
 * the cost; and loading the index, which with one stat per file is all a later start does.
 */
async function timeScanParts(folder: string, userDataDir: string): Promise<Record<string, number>> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.workshop.json'))
  const paths = names.map((name) => join(folder, name))
  const texts: string[] = []
  const data: unknown[] = []
  const parts: Record<string, number> = {}
  parts['load the index (read + JSON.parse + zod)'] = await timeMs(async () => {
    const index = await LibraryIndex.load(new Storage(), userDataDir, BENCH_APP_VERSION)
    if (index.entriesFor(folder).size !== paths.length) throw new Error('the index is incomplete')
  })
  parts['stat'] = await timeMs(() => Promise.all(paths.map((path) => stat(path))))
  parts['read text'] = await timeMs(async () => {
    texts.push(...(await Promise.all(paths.map((path) => readFile(path, 'utf8')))))
  })
  parts['JSON.parse'] = await timeMs(() => {
    for (const text of texts) data.push(JSON.parse(text))
    return Promise.resolve()
  })
  parts['migrate + validate'] = await timeMs(() => {
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

/** What a hostile folder holds beside its workshops, each listed as broken, none read. */
const HOSTILE_FILES = 3

/**
 * Adds to `folder` what once froze or slowed the listing: a named pipe (reading it never
 * returns), a link to `/dev/zero` (reading it never ends) and a 50 MB file, all named as
 * workshops.
 */
export async function addHostileFiles(folder: string): Promise<void> {
  execFileSync('mkfifo', [join(folder, 'pipe.workshop.json')])
  await symlink('/dev/zero', join(folder, 'zero.workshop.json'))
  const aDayAgo = new Date(Date.now() - 86_400_000)
  const huge = join(folder, 'huge.workshop.json')
  await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 0x20))
  await utimes(huge, aDayAgo, aDayAgo)
}

/**
 * Times app starts with the index over two folders of `count` workshops, one also holding the
 * {@link addHostileFiles}, alternating the two so both see the same machine. Medians of `runs`.
 */
export async function measureHostileLibraryOpen(
  normal: { folder: string; userDataDir: string },
  hostile: { folder: string; userDataDir: string },
  count: number,
  runs: number,
): Promise<{ normalMs: number; hostileMs: number; ratio: number }> {
  for (const library of [normal, hostile])
    await timeFirstStart(
      library.folder,
      library.userDataDir,
      count,
      library === hostile ? HOSTILE_FILES : 0,
    )
  const normalRuns: number[] = []
  const hostileRuns: number[] = []
  for (let i = 0; i < runs; i += 1) {
    normalRuns.push(await timeStart(normal.folder, normal.userDataDir, count))
    hostileRuns.push(await timeStart(hostile.folder, hostile.userDataDir, count, HOSTILE_FILES))
  }
  const normalMs = median(normalRuns)
  const hostileMs = median(hostileRuns)
  return { normalMs, hostileMs, ratio: hostileMs / normalMs }
}

export interface Validation {
  /** Parsing and validating every file's text as the app reads a workshop (ms, median). */
  validateMs: number
  /** `JSON.parse` of the same texts alone (ms, median). */
  parseMs: number
  ratio: number
  /** Compiling the workshop check, which the first workshop read of a process pays once (ms). */
  compileMs: number
}

/**
 * Parses and validates the texts of the `count` files in `folder` as the app reads a workshop,
 * against `JSON.parse` alone, alternated `runs` times from memory so the disk plays no part.
 */
export async function measureValidation(folder: string, runs: number): Promise<Validation> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.workshop.json'))
  const texts = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')))
  const compileMs = await timeMs(() => Promise.resolve(z.compile(workshopSchema)))
  const validateAll = () => {
    for (const text of texts) if (!parseWorkshopText(text).ok) throw new Error('a file is invalid')
    return Promise.resolve()
  }
  const parseAll = () => {
    for (const text of texts) JSON.parse(text)
    return Promise.resolve()
  }
  await validateAll()
  await parseAll()
  const validate: number[] = []
  const parse: number[] = []
  for (let i = 0; i < runs; i += 1) {
    validate.push(await timeMs(validateAll))
    parse.push(await timeMs(parseAll))
  }
  const validateMs = median(validate)
  const parseMs = median(parse)
  return { validateMs, parseMs, ratio: validateMs / parseMs, compileMs }
}
