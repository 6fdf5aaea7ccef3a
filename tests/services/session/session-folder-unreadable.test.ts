import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readSessionFolder } from '../../../electron/services/session/session-files'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sessions-folder-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('reading the sessions folder', () => {
  it('holds no sessions when nothing was recorded yet', async () => {
    expect(await readSessionFolder(join(dir, 'sessions'))).toEqual([])
  })

  it('says so when the folder cannot be read, instead of showing no sessions', async () => {
    // A file where the folder should be cannot be listed, as a folder without permission cannot.
    const notAFolder = join(dir, 'sessions')
    await writeFile(notAFolder, 'not a folder')
    const [entry, ...rest] = await readSessionFolder(notAFolder)
    expect(rest).toEqual([])
    expect(entry?.read).toMatchObject({ ok: false, code: 'io-error' })
    expect(entry?.read.ok === false && entry.read.message).toMatch(/sessions folder cannot be read/)
  })
})
