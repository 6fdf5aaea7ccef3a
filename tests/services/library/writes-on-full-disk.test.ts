import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ManualClock } from '../../support/manual-clock'
import { valueOf } from '../../support/result-value'
import { diskOrSkip, mountSmallDisk, type SmallDisk } from '../../support/small-disk'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'
import { LIBRARY_SCHEMA_FILE } from '@common/domain/workshop/json-schema'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

let disk: SmallDisk | string
let userData: Awaited<ReturnType<typeof makeTempFolder>>
let app: TestServices | null = null

beforeAll(async () => {
  disk = await mountSmallDisk('writes-disk', '2m')
})
afterAll(async () => {
  if (typeof disk !== 'string') await disk.unmount()
})
beforeEach(async () => {
  userData = await makeTempFolder('writes-disk-user')
})
afterEach(async () => {
  await app?.cleanUp()
  app = null
  if (typeof disk !== 'string') await disk.free()
  await userData.remove()
})

async function startIn(small: SmallDisk, name: string) {
  const libraryDir = join(small.path, name)
  app = await startTestServices({
    clock: new ManualClock(T0),
    userDataDir: userData.path,
    libraryDir,
  })
  return { api: app.services.handlers, libraryDir }
}

/** Every hidden file the app keeps on purpose; anything else hidden was left by a failure. */
async function leftovers(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter(
    (name) =>
      name.startsWith('.') &&
      !name.endsWith('.bak') &&
      name !== '.filler' &&
      // The published format, which the library keeps beside the workshops on purpose.
      name !== LIBRARY_SCHEMA_FILE,
  )
}

describe('a change that fails on a full disk', () => {
  it('leaves no lock behind: once space is freed, the same save goes through', async (context) => {
    const small = diskOrSkip(disk, context)
    const { api, libraryDir } = await startIn(small, 'save')
    const opened = valueOf(await api.createWorkshop({ title: 'Plan' }))
    const edited = { ...opened.workshop, title: 'Plan, edited' }
    const save = () =>
      api.saveWorkshop({
        ref: opened.ref,
        workshop: edited,
        baseRevision: opened.revision,
        overwrite: false,
      })

    await small.fill()
    const failed = await save()
    expect(failed).toMatchObject({ ok: false, code: 'io-error' })
    if (!failed.ok) expect(failed.message).toMatch(/disk is full/)
    await small.free()

    expect(await leftovers(libraryDir)).toEqual([])
    valueOf(await save())
    const fileName = opened.ref.source === 'library' ? opened.ref.fileName : ''
    expect(await readFile(join(libraryDir, fileName), 'utf8')).toContain('Plan, edited')
  })

  it('leaves no temp file behind when the new version fits but the copy of the old one does not', async (context) => {
    const small = diskOrSkip(disk, context)
    const { api, libraryDir } = await startIn(small, 'backup')
    const opened = valueOf(await api.createWorkshop({ title: 'Plan' }))
    const fileName = opened.ref.source === 'library' ? opened.ref.fileName : ''
    const { size } = await stat(join(libraryDir, fileName))
    expect(size).toBeLessThan(4096)

    // One page free: the temp file of the new version fits, the copy of the old one does not.
    await small.fill(4096)
    const failed = await api.saveWorkshop({
      ref: opened.ref,
      workshop: { ...opened.workshop, title: 'Plan, edited' },
      baseRevision: opened.revision,
      overwrite: false,
    })
    expect(failed).toMatchObject({ ok: false, code: 'io-error' })
    await small.free()
    expect(await leftovers(libraryDir)).toEqual([])
  })

  it('leaves no lock behind after a rename or a restore that failed', async (context) => {
    const small = diskOrSkip(disk, context)
    const { api, libraryDir } = await startIn(small, 'others')
    const opened = valueOf(await api.createWorkshop({ title: 'Plan' }))

    await small.fill()
    expect(await api.renameWorkshop({ ref: opened.ref, title: 'A new name' })).toMatchObject({
      ok: false,
    })
    expect(await api.restoreBackup({ fileName: 'plan.workshop.json' })).toMatchObject({
      ok: false,
    })
    await small.free()

    expect(await leftovers(libraryDir)).toEqual([])
    valueOf(await api.renameWorkshop({ ref: opened.ref, title: 'A new name' }))
    expect(await leftovers(libraryDir)).toEqual([])
  })

  it('leaves no lock behind after a past session’s note could not be changed', async (context) => {
    const small = diskOrSkip(disk, context)
    const { api, libraryDir } = await startIn(small, 'session')
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    const note = valueOf(await api.addNote({ text: 'one', tag: null }))
    valueOf(await api.runCommand({ command: { type: 'end' } }))
    valueOf(await api.closeRun({}))
    await app?.services.flush()
    const sessionFile = valueOf(await api.listSessions({})).sessions[0]!.fileName
    const edit = () => api.updateNote({ sessionFile, noteId: note.id, text: 'one!', tag: null })

    await small.fill()
    expect(await edit()).toMatchObject({ ok: false, code: 'io-error' })
    await small.free()

    expect(await leftovers(join(libraryDir, 'sessions'))).toEqual([])
    valueOf(await edit())
    const reopened = valueOf(await api.openSession({ fileName: sessionFile }))
    expect(reopened.notes.map((n) => n.text)).toEqual(['one!'])
  })
})
