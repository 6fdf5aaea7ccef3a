import { join } from 'node:path'
import { diskOrSkip, mountSmallDisk, type SmallDisk } from '../../support/small-disk'
import { startTestServices, type TestServices } from '../../support/test-services'

let disk: SmallDisk | string
let app: TestServices | null = null

beforeAll(async () => {
  disk = await mountSmallDisk('user-data-disk')
})
afterAll(async () => {
  if (typeof disk !== 'string') await disk.unmount()
})
afterEach(async () => {
  if (typeof disk !== 'string') await disk.free()
  await app?.cleanUp()
  app = null
})

describe('a full user-data disk', () => {
  it('does not stop a workshop opening; a preference change says it could not be saved', async (context) => {
    const small = diskOrSkip(disk, context)
    app = await startTestServices({ userDataDir: join(small.path, 'user-data') })
    const api = app.services.handlers
    await small.fill()

    const opened = await api.openWorkshop({ ref: { source: 'builtin', id: 'mentoring-guide' } })
    expect(opened.ok).toBe(true)

    const changed = await api.updatePreferences({ soundVolume: 0.3 })
    expect(changed).toMatchObject({ ok: false, code: 'io-error' })
    if (!changed.ok) expect(changed.message).toMatch(/disk is full/)
    expect(await api.getPreferences({})).toMatchObject({ ok: true, value: { soundVolume: 0.3 } })
  })
})
