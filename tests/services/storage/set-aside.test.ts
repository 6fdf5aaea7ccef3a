import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describeSetAside, Storage } from '../../../electron/services/storage/storage'
import { makeTempFolder } from '../../support/temp-folders'

const codec = {
  parse: (text: string) => JSON.parse(text) as { count: number },
  serialize: (data: { count: number }) => JSON.stringify(data),
}

describe('opening a document that cannot be read', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>
  beforeEach(async () => {
    folder = await makeTempFolder('set-aside')
  })
  afterEach(() => folder.remove())

  it('moves the file aside, starts from the fallback, and never writes over the original', async () => {
    const path = join(folder.path, 'state.json')
    await writeFile(path, '{"count": 4')
    const storage = new Storage()
    const db = await storage.open(path, codec, { count: 0 }, { what: 'The counter' })
    expect(db.data).toEqual({ count: 0 })
    const [aside] = storage.setAside
    expect(aside?.keptAs).toMatch(/state\.json\.unreadable-/)
    expect(await readFile(aside?.keptAs ?? '', 'utf8')).toBe('{"count": 4')
    await db.update((d) => {
      d.count = 1
    })
    expect(await readFile(path, 'utf8')).toBe('{"count":1}')
    expect(describeSetAside({ ...aside!, what: 'The counter' })).toMatch(
      /^The counter could not be read, so the app started without it\. The unreadable file was kept as state\.json\.unreadable-/,
    )
  })

  it('leaves a folder standing in place of the file where it is', async () => {
    const path = join(folder.path, 'state.json')
    await mkdir(path)
    const storage = new Storage()
    const db = await storage.open(path, codec, { count: 0 })
    expect(db.data).toEqual({ count: 0 })
    expect(storage.setAside[0]?.keptAs).toBeNull()
    expect(await readdir(folder.path)).toEqual(['state.json'])
  })

  it('never waits on a named pipe in place of the file: it starts from the fallback', async () => {
    const path = join(folder.path, 'state.json')
    execFileSync('mkfifo', [path])
    const storage = new Storage()
    // Reading the pipe would block until someone writes to it, that is, for ever.
    const db = await storage.open(path, codec, { count: 0 }, { what: 'The counter' })
    expect(db.data).toEqual({ count: 0 })
    expect(storage.setAside[0]?.error).toMatchObject({
      message: expect.stringMatching(/named pipe/),
    })
  })

  it('sets nothing aside for a missing file or a good one', async () => {
    await writeFile(join(folder.path, 'good.json'), '{"count": 2}')
    const storage = new Storage()
    expect((await storage.open(join(folder.path, 'good.json'), codec, { count: 0 })).data).toEqual({
      count: 2,
    })
    await storage.open(join(folder.path, 'missing.json'), codec, { count: 0 })
    expect(storage.setAside).toEqual([])
  })
})
