import { resolve } from 'node:path'
import { runHandoutsCli } from './cli'

// This entry is bundled to out/cli/handouts.mjs, two folders below the repository's root.
const resourcesDir = resolve(import.meta.dirname, '../../resources')
const locale =
  process.env.LC_ALL ||
  process.env.LC_PAPER ||
  process.env.LANG ||
  Intl.DateTimeFormat().resolvedOptions().locale

process.exitCode = await runHandoutsCli(process.argv.slice(2), {
  resourcesDir,
  locale,
  print: (line) => process.stdout.write(`${line}\n`),
  printError: (line) => process.stderr.write(`${line}\n`),
})
