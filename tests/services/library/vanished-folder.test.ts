import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { watchFolder } from '../../../electron/services/library/folder-watcher'
import { valueOf } from '../../support/result-value'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'

describe('a library folder that goes away', () => {
  let app: TestServices
  beforeEach(async () => {
    app = await startTestServices()
  })
  afterEach(async () => {
    await app.cleanUp()
  })

  it('is listed as missing, not as empty, and as present again once it is back', async () => {
    const api = app.services.handlers
    valueOf(await api.createWorkshop({ title: 'Kept on the stick' }))
    expect(valueOf(await api.listLibrary({})).folderMissing).toBe(false)

    await rm(app.libraryDir, { recursive: true })
    const away = valueOf(await api.listLibrary({}))
    expect(away.folderMissing).toBe(true)
    expect(away.folder).toBe(app.libraryDir)

    await mkdir(app.libraryDir)
    expect(valueOf(await api.listLibrary({})).folderMissing).toBe(false)
  })

  it('announces the change when the folder goes, again when it is back, and watches it again', async () => {
    const root = await makeTempFolder('watched')
    const folder = join(root.path, 'library')
    await mkdir(folder)
    let changes = 0
    const stop = watchFolder(folder, () => (changes += 1), 10, 20)
    const changesReach = async (count: number) => {
      await vi.waitFor(() => expect(changes).toBeGreaterThanOrEqual(count), { timeout: 5000 })
    }
    try {
      await rm(folder, { recursive: true })
      await changesReach(1)
      const whileAway = changes
      await mkdir(folder)
      await changesReach(whileAway + 1)
      const afterReturn = changes
      await writeFile(join(folder, 'new.workshop.json'), '{}')
      await changesReach(afterReturn + 1)
    } finally {
      stop()
      await root.remove()
    }
  })

  it('waits for a folder that is missing from the start', async () => {
    const root = await makeTempFolder('watched')
    const folder = join(root.path, 'not-yet')
    let changes = 0
    const stop = watchFolder(folder, () => (changes += 1), 10, 20)
    try {
      await mkdir(folder)
      await vi.waitFor(() => expect(changes).toBe(1), { timeout: 5000 })
    } finally {
      stop()
      await root.remove()
    }
  })
})
