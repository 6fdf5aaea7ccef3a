// Run as a child process by the kill test: a real session taking notes as fast as it can,
// printing each note's id once addNote has acknowledged it.
import { quietLogger } from '../../../electron/services/logger'
import { createAppServices } from '../../../electron/services/app-services'
import { FakeOs } from '../../support/fake-os'

const [root, resourcesDir] = process.argv.slice(2)
if (root === undefined || resourcesDir === undefined)
  throw new Error('usage: note-writer <root> <resources>')
const services = await createAppServices({
  resourcesDir,
  userDataDir: `${root}/user-data`,
  defaultLibraryDir: `${root}/library`,
  appVersion: 'test',
  os: new FakeOs(`${root}/trash`),
  emit: () => undefined,
  log: quietLogger,
})
const api = services.handlers
await api.startRun({ ref: { source: 'builtin', id: 'mentoring-guide' }, replace: true })
await api.runCommand({ command: { type: 'start' } })
for (let n = 1; ; n += 1) {
  const result = await api.addNote({
    text: `note ${String(n)} ${'·'.repeat(n % 50)}`,
    tag: n % 7 === 0 ? 'action' : null,
  })
  if (!result.ok) throw new Error(result.message)
  process.stdout.write(`${result.value.id}\n`)
  if (n % 25 === 0) await api.runCommand({ command: { type: 'nextPhase' } })
}
