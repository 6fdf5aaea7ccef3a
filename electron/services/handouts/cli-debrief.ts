import { join, resolve } from 'node:path'
import { suggestDebriefFileNames } from '@common/handouts/file-name'
import type { HandoutsCliContext } from './cli'
import type { DebriefCommand } from './cli-args'
import { readSessionFile } from '../session/read-session-file'
import { saveDebrief } from './save-debrief'
import { prepareOutputFolder } from './cli-output'

/**
 * The debrief half of the handouts command: reads the session file, writes the PDF and the
 * Markdown into the output folder and prints both paths. Returns the exit code (1 when the
 * session cannot be read or the files cannot be written; nothing is written for a bad session).
 */
export async function writeDebrief(
  command: DebriefCommand,
  context: HandoutsCliContext,
): Promise<number> {
  const session = await readSessionFile(resolve(command.sessionFile))
  if (!session.ok) {
    context.printError(`handouts: ${session.message}`)
    return 1
  }
  const options = {
    paper: command.paper,
    largePrint: command.largePrint,
    language: command.language,
  }
  const outDir = await prepareOutputFolder(command.outDir)
  if (!outDir.ok) {
    context.printError(`handouts: ${outDir.message}`)
    return 1
  }
  const names = suggestDebriefFileNames(session.value, options)
  const saved = await saveDebrief(session.value, options, join(context.resourcesDir, 'fonts'), {
    pdfPath: resolve(outDir.value, names.pdf),
    markdownPath: resolve(outDir.value, names.markdown),
  })
  if (!saved.ok) {
    context.printError(`handouts: ${saved.message}`)
    return 1
  }
  context.print(saved.value.pdfPath)
  context.print(saved.value.markdownPath)
  return 0
}
