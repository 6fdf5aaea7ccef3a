import { join, resolve } from 'node:path'
import { suggestHandoutFileName } from '@common/handouts/file-name'
import { handoutOptionsSchema } from '@common/handouts/options'
import { HANDOUTS_USAGE, isDebriefCommand, parseHandoutsArgs } from './cli-args'
import { writeDebrief } from './cli-debrief'
import { readWorkshopFile } from '../library/read-workshop-file'
import { prepareOutputFolder, writeOutputFile } from './cli-output'
import { renderHandoutPdf } from './render-handout'

/** Where the command finds its files and writes its messages. */
export interface HandoutsCliContext {
  /** The app's `resources/` folder: fonts and the built-in workshop. */
  resourcesDir: string
  /** The user's locale, for the default paper size (POSIX `en_US.UTF-8` or BCP 47 `en-US`). */
  locale: string
  print: (line: string) => void
  printError: (line: string) => void
}

/** The built-in workshop's file under `resources/workshops`. */
export const BUILTIN_WORKSHOP_FILE = 'mentoring-guide.workshop.json'

/**
 * Runs `handouts <workshop file or "builtin"> --out <dir> …`: writes each requested PDF and
 * prints its path; with `--kind debrief --session <file>`, writes the session's debrief as PDF
 * and Markdown and prints both paths. Returns the exit code: 0 when all were written, 2 for bad
 * arguments, 1 for a workshop or session that cannot be read or a file that cannot be made.
 */
export async function runHandoutsCli(
  args: readonly string[],
  context: HandoutsCliContext,
): Promise<number> {
  const parsed = parseHandoutsArgs(args, context.locale)
  if (!parsed.ok) {
    context.printError(`handouts: ${parsed.message}`)
    if (parsed.alone === true) return 1
    context.printError(HANDOUTS_USAGE)
    return 2
  }
  const { command } = parsed
  if (isDebriefCommand(command)) {
    return writeDebrief(command, context)
  }
  const file =
    command.source === 'builtin'
      ? join(context.resourcesDir, 'workshops', BUILTIN_WORKSHOP_FILE)
      : resolve(command.source)
  // The library's reader: a pipe, a device or an oversized file is refused, never read.
  const read = await readWorkshopFile(file)
  if (!read.ok) {
    context.printError(
      read.unreadable
        ? `handouts: cannot read ${file}: it ${read.message}`
        : read.wholeFile
          ? `handouts: ${file}: ${read.message}`
          : `handouts: ${file} is not a valid workshop:\n${read.message}`,
    )
    return 1
  }
  const outDir = await prepareOutputFolder(command.outDir)
  if (!outDir.ok) {
    context.printError(`handouts: ${outDir.message}`)
    return 1
  }
  for (const kind of command.kinds) {
    const options = handoutOptionsSchema.parse({
      kind,
      exerciseId: kind === 'exercise' ? command.exerciseId : undefined,
      paper: command.paper,
      largePrint: command.largePrint,
      language: command.language,
      duplex: command.duplex ? true : undefined,
      participants: command.participants,
      date: command.date,
      facilitator: command.facilitator,
      place: command.place,
    })
    const rendered = await renderHandoutPdf(
      read.workshop,
      options,
      join(context.resourcesDir, 'fonts'),
    )
    if (!rendered.ok) {
      context.printError(`handouts: ${rendered.message}`)
      return 1
    }
    const written = await writeOutputFile(
      resolve(outDir.value, suggestHandoutFileName(read.workshop, options)),
      rendered.value,
    )
    if (!written.ok) {
      context.printError(`handouts: ${written.message}`)
      return 1
    }
    context.print(written.value)
  }
  return 0
}
