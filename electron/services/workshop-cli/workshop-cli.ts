import { basename, join, resolve } from 'node:path'
import { historyRows, summariseSessions } from '@common/domain/session/across-sessions'
import { formatRef } from '@common/i18n/message-ref'
import { serializeWorkshop } from '@common/domain/workshop/parse'
import { describeSheetRefusal, sheetToWorkshop } from '@common/domain/workshop/sheet/sheet-import'
import { guessMapping, type SheetMapping } from '@common/domain/workshop/sheet/sheet-mapping'
import {
  columnLetter,
  splitHeader,
  type SheetTable,
} from '@common/domain/workshop/sheet/sheet-table'
import { readSheetFile } from '../agenda/agenda-import'
import { isSheetFileName } from '../agenda/sheet-file'
import { renderAgenda, renderRows } from '../agenda/export-agenda'
import { inEnglish } from '../refusal'
import { prepareOutputFolder, writeOutputFile } from '../handouts/cli-output'
import { fileNameForTitle } from '../library/file-names'
import { readWorkshopFile } from '../library/read-workshop-file'
import { readSessionFolder } from '../session/session-files'
import { parseWorkshopArgs, WORKSHOP_USAGE, type WorkshopCommand } from './workshop-args'

/** Where the command finds the built-in workshop and writes its messages. */
export interface WorkshopCliContext {
  resourcesDir: string
  now: () => number
  print: (line: string) => void
  printError: (line: string) => void
}

type Outcome = { ok: true; lines: string[]; warnings: string[] } | { ok: false; message: string }

const failed = (message: string): Outcome => ({ ok: false, message })

async function exportAgenda(
  command: Extract<WorkshopCommand, { command: 'export' }>,
  context: WorkshopCliContext,
): Promise<Outcome> {
  const file =
    command.source === 'builtin'
      ? join(context.resourcesDir, 'workshops', 'mentoring-guide.workshop.json')
      : resolve(command.source)
  const read = await readWorkshopFile(file)
  if (!read.ok)
    return failed(
      read.unreadable
        ? `cannot read ${file}: it ${read.message}`
        : read.wholeFile
          ? `${file}: ${read.message}`
          : `${file} is not a valid workshop: ${read.message.split('\n')[0] ?? ''}`,
    )
  const rendered = await renderAgenda(
    read.workshop,
    command.format,
    command,
    context.now(),
    inEnglish,
  )
  if (!rendered.ok) return failed(`export: ${rendered.message}`)
  const outDir = await prepareOutputFolder(command.outDir)
  if (!outDir.ok) return failed(outDir.message)
  const name = `${fileNameForTitle(read.workshop.title).replace(/\.workshop\.json$/, '')}-agenda.${command.format}`
  const written = await writeOutputFile(join(outDir.value, name), rendered.value)
  return written.ok ? { ok: true, lines: [written.value], warnings: [] } : failed(written.message)
}

function mappingFrom(
  table: SheetTable,
  map: Partial<Record<string, string>> | null,
): SheetMapping | string {
  if (map === null) return guessMapping(table.headers)
  const mapping: Record<string, number> = {}
  for (const [field, column] of Object.entries(map)) {
    if (column === undefined) continue
    let index = table.headers.findIndex((header) => header.toLowerCase() === column.toLowerCase())
    if (index === -1)
      index = table.headers.findIndex((_, i) => columnLetter(i) === column.toUpperCase())
    if (index === -1)
      return `--map: the sheet has no column “${column}”; its columns are ${table.headers.join(', ')}`
    mapping[field] = index
  }
  return mapping
}

async function importSheet(
  command: Extract<WorkshopCommand, { command: 'import' }>,
): Promise<Outcome> {
  if (!isSheetFileName(command.source))
    return failed(`import: ${basename(command.source)} is not an .xlsx, .csv or .tsv file`)
  const sheet = await readSheetFile(resolve(command.source), inEnglish)
  if (!sheet.ok) return failed(sheet.message)
  const table = splitHeader(sheet.value.cells)
  const mapping = mappingFrom(table, command.map)
  if (typeof mapping === 'string') return failed(mapping)
  const title =
    command.title ??
    basename(command.source)
      .replace(/\.[^.]+$/, '')
      .replace(/[-_]+/g, ' ')
  const made = sheetToWorkshop(table, mapping, title)
  // The command line speaks English, as its options do.
  const english = inEnglish()
  const warnings = made.problems.map(
    (p) => `row ${String(p.row)} left out: ${formatRef(english, p.reason)}`,
  )
  if (!made.ok) return failed(`${sheet.value.fileName}: ${describeSheetRefusal(english, made)}`)
  const outDir = await prepareOutputFolder(command.outDir)
  if (!outDir.ok) return failed(outDir.message)
  const path = join(outDir.value, fileNameForTitle(made.workshop.title))
  const written = await writeOutputFile(path, serializeWorkshop(made.workshop))
  return written.ok ? { ok: true, lines: [written.value], warnings } : failed(written.message)
}

async function report(command: Extract<WorkshopCommand, { command: 'report' }>): Promise<Outcome> {
  const folder = join(resolve(command.libraryDir), 'sessions')
  const records = await readSessionFolder(folder)
  const warnings: string[] = []
  const sessions = records.flatMap(({ fileName, read }) => {
    if (read.ok) return [read.value]
    warnings.push(`${fileName} left out: ${read.message}`)
    return []
  })
  const histories = summariseSessions(sessions)
  if (histories.length === 0) return failed(`${folder} holds no session that started`)
  const outDir = await prepareOutputFolder(command.outDir)
  if (!outDir.ok) return failed(outDir.message)
  const path = join(outDir.value, `sessions-report.${command.format}`)
  const written = await writeOutputFile(
    path,
    await renderRows(historyRows(histories), command.format),
  )
  return written.ok ? { ok: true, lines: [written.value], warnings } : failed(written.message)
}

/**
 * Runs `workshop export|import|report …` and returns the exit code: 0 when the file was
 * written (its path printed), 1 with one line naming the problem on bad input, never a trace.
 */
export async function runWorkshopCli(
  args: readonly string[],
  context: WorkshopCliContext,
): Promise<number> {
  const parsed = parseWorkshopArgs(args)
  if (!parsed.ok) {
    context.printError(`workshop: ${parsed.message}`)
    context.printError(WORKSHOP_USAGE)
    return 1
  }
  let outcome: Outcome
  try {
    const { command } = parsed
    outcome =
      command.command === 'export'
        ? await exportAgenda(command, context)
        : command.command === 'import'
          ? await importSheet(command)
          : await report(command)
  } catch (error) {
    // A bug, but the promise to scripts holds: one line, no trace.
    outcome = failed(
      `unexpected failure: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  if (!outcome.ok) {
    context.printError(`workshop: ${outcome.message}`)
    return 1
  }
  for (const warning of outcome.warnings) context.printError(`workshop: ${warning}`)
  for (const line of outcome.lines) context.print(line)
  return 0
}
