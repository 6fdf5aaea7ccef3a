import { resolve } from 'node:path'
import { runWorkshopCli } from './workshop-cli'

// This entry is bundled to out/workshop-cli/workshop.mjs, two folders below the repository's root.
const resourcesDir = resolve(import.meta.dirname, '../../resources')

process.exitCode = await runWorkshopCli(process.argv.slice(2), {
  resourcesDir,
  now: () => Date.now(),
  print: (line) => process.stdout.write(`${line}\n`),
  printError: (line) => process.stderr.write(`${line}\n`),
})
