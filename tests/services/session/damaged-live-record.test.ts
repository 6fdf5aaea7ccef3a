import { readdir, readFile, truncate, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { sessionSchema } from '@common/domain/session/session'
import { ManualClock } from '../../support/manual-clock'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

let root: Awaited<ReturnType<typeof makeTempFolder>>
let dirs: { userDataDir: string; libraryDir: string }
let clock: ManualClock
const running: TestServices[] = []

beforeEach(async () => {
  root = await makeTempFolder('damaged-record')
  dirs = { userDataDir: join(root.path, 'user-data'), libraryDir: join(root.path, 'library') }
  clock = new ManualClock(T0)
})
afterEach(async () => {
  for (const app of running.splice(0)) await app.cleanUp()
  await root.remove()
})

async function startApp(): Promise<TestServices> {
  const app = await startTestServices({ clock, ...dirs })
  running.push(app)
  return app
}

async function theRecord(): Promise<string> {
  const names = await readdir(join(dirs.libraryDir, 'sessions'))
  const records = names.filter((n) => n.endsWith('.session.json') && !n.startsWith('.'))
  expect(records).toHaveLength(1)
  return join(dirs.libraryDir, 'sessions', records[0]!)
}

describe('a running session whose record is damaged on disk', () => {
  it('after a restart and resume, keeps every acknowledged note and the earlier timeline', async () => {
    const first = await startApp()
    let api = first.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    clock.advance(60_000)
    valueOf(await api.runCommand({ command: { type: 'nextPhase' } }))
    valueOf(await api.addNote({ text: 'Before the crash', tag: null }))
    valueOf(await api.addNote({ text: 'Also before', tag: 'action' }))
    // A crash: the notes are only in the journal beside the record.
    first.services.dispose()
    running.splice(running.indexOf(first), 1)

    const path = await theRecord()
    await truncate(path, Math.floor((await stat(path)).size / 2))

    const second = await startApp()
    api = second.services.handlers
    valueOf(await api.resolveRestore({ resume: true }))
    valueOf(await api.addNote({ text: 'After the restart', tag: null }))
    expect(valueOf(await api.getLiveNotes({})).notes.map((n) => n.text)).toEqual([
      'Before the crash',
      'Also before',
      'After the restart',
    ])
    valueOf(await api.runCommand({ command: { type: 'end' } }))
    await second.services.flush()

    const record = sessionSchema.parse(JSON.parse(await readFile(path, 'utf8')))
    expect(record.notes.map((n) => n.text)).toEqual([
      'Before the crash',
      'Also before',
      'After the restart',
    ])
    expect(record.timeline.map((e) => e.kind)).toEqual([
      'started',
      'phaseStarted',
      'phaseStarted',
      'paused',
      'ended',
    ])
    expect(record.startedAt).toBe(T0)
  })
})
