import { join } from 'node:path'
import { readSessionFile } from '../../../electron/services/session/read-session-file'
import { ManualClock } from '../../support/manual-clock'
import { diskOrSkip, mountSmallDisk, type SmallDisk } from '../../support/small-disk'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

let disk: SmallDisk | string
let userData: Awaited<ReturnType<typeof makeTempFolder>>
let app: TestServices | null = null

beforeAll(async () => {
  disk = await mountSmallDisk('notes-disk', '2m')
})
afterAll(async () => {
  if (typeof disk !== 'string') await disk.unmount()
})
beforeEach(async () => {
  userData = await makeTempFolder('notes-disk-user')
})
afterEach(async () => {
  app?.services.dispose()
  app = null
  if (typeof disk !== 'string') await disk.free()
  await userData.remove()
})

describe('notes taken while the library disk is full', () => {
  it('are not acknowledged, are kept and saved with the next note; acknowledged notes survive a crash', async (context) => {
    const small = diskOrSkip(disk, context)
    const libraryDir = join(small.path, 'library')
    app = await startTestServices({
      clock: new ManualClock(T0),
      userDataDir: userData.path,
      libraryDir,
    })
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    const first = valueOf(await api.addNote({ text: 'first', tag: null }))

    await small.fill()
    const refused = await api.addNote({ text: 'y'.repeat(4000), tag: null })
    expect(refused).toMatchObject({ ok: false, code: 'io-error' })
    if (refused.ok) return
    expect(refused.message).toMatch(/kept.*disk is full/)

    await small.free()
    const third = valueOf(await api.addNote({ text: 'third', tag: null }))
    // A crash now: nothing more is written; the record is read back with its journal.
    app.services.dispose()
    app = null
    const sessionFile = valueOf(await api.listSessions({})).sessions[0]!.fileName
    const read = valueOf(await readSessionFile(join(libraryDir, 'sessions', sessionFile)))
    expect(read.notes.map((n) => n.text)).toEqual(['first', 'y'.repeat(4000), 'third'])
    expect(read.notes.map((n) => n.id)).toContain(first.id)
    expect(read.notes.map((n) => n.id)).toContain(third.id)
  })
})
