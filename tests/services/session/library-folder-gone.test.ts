import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { readSessionFile } from '../../../electron/services/session/read-session-file'
import { ManualClock } from '../../support/manual-clock'
import { diskOrSkip, mountSmallDisk } from '../../support/small-disk'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

let root: Awaited<ReturnType<typeof makeTempFolder>>
let app: TestServices | null = null

beforeEach(async () => {
  root = await makeTempFolder('library-gone')
})
afterEach(async () => {
  app?.services.dispose()
  app = null
  await root.remove()
})

async function startSessionIn(libraryDir: string) {
  app = await startTestServices({
    clock: new ManualClock(T0),
    userDataDir: join(root.path, 'user-data'),
    libraryDir,
  })
  const api = app.services.handlers
  valueOf(await api.startRun({ ref: builtin, replace: false }))
  valueOf(await api.runCommand({ command: { type: 'start' } }))
  valueOf(await api.addNote({ text: 'before', tag: null }))
  return api
}

describe('the library folder gone mid-session', () => {
  it('deleted: notes are refused, kept, and written when the folder is back', async () => {
    const libraryDir = join(root.path, 'library')
    const api = await startSessionIn(libraryDir)
    await rm(libraryDir, { recursive: true })

    const refused = await api.addNote({ text: 'while it was gone', tag: null })
    expect(refused).toMatchObject({ ok: false, code: 'io-error' })
    expect(existsSync(libraryDir)).toBe(false)

    await mkdir(libraryDir)
    valueOf(await api.addNote({ text: 'after it came back', tag: null }))
    valueOf(await api.runCommand({ command: { type: 'end' } }))
    await app!.services.flush()
    const fileName = valueOf(await api.listSessions({})).sessions[0]!.fileName
    const record = valueOf(await readSessionFile(join(libraryDir, 'sessions', fileName)))
    expect(record.notes.map((n) => n.text)).toEqual([
      'before',
      'while it was gone',
      'after it came back',
    ])
  })

  it('unmounted: notes are refused and nothing is written into the bare mount point', async (context) => {
    const disk = diskOrSkip(await mountSmallDisk('library-drive', '2m'), context)
    let mounted = true
    try {
      const api = await startSessionIn(disk.path)
      execFileSync('umount', ['-l', disk.path])
      mounted = false
      const refused = await api.addNote({ text: 'after the drive went', tag: null })
      expect(refused).toMatchObject({ ok: false, code: 'io-error' })
      await app!.services.handlers.runCommand({ command: { type: 'nextPhase' } })
      await app!.services.flush()
      expect(existsSync(join(disk.path, 'sessions'))).toBe(false)
    } finally {
      if (mounted) await disk.unmount()
      else await rm(disk.path, { recursive: true, force: true })
    }
  })
})
